/** Comparisons shared by the arithmetic and cross-table rules. */
import type { Fen, MeasureUnit } from '../../model/amount';
import type { Measure, ParsedTable, TableRow } from '../../model/disclosure';
import type { Emit } from '../rule';
import { cellLabel, exact, measureLabel, rowLabel, tableLabel, wan } from './format';
import { amountsAgree, SAME_UNIT_TOLERANCE } from './tolerance';
import { addend, cell } from './tables';

export function hasUnplaced(row: TableRow): boolean {
  return (row.unplaced?.length ?? 0) > 0;
}

/** True when the cell was left open while the row has figures whose column is unknown. */
function uncertain(row: TableRow, measure: Measure): boolean {
  return hasUnplaced(row) && row.values[measure] === undefined;
}

/** Half a printed cent of 万元: how far a figure printed with two decimals may be from its exact value. */
const HALF_CENT: Fen = SAME_UNIT_TOLERANCE / 2;

/**
 * 万元 figures printed with two decimals were each rounded on their own: a difference within the
 * rounding of the figures involved (half a cent each, at least one cent) is reported as
 * information, not as an error. `figures` counts the non-zero figures of the sum. One printed cent
 * (0.01 万元, the tolerance of RULES.md) is information even for a total of one part: a column
 * summed from rounded parts and one rounded from the exact sum differ by that much (seed 000, 表6
 * 303: 合计 6.23, 人员经费 5.66 + 0.58 = 6.24).
 */
export function rounding(difference: Fen, figures: number, unit: MeasureUnit): { severity?: 'info'; note: string } {
  if (unit !== '万元') return { note: '' };
  const reach = Math.max(SAME_UNIT_TOLERANCE, figures * HALF_CENT);
  return Math.abs(difference) <= reach ? { severity: 'info', note: ROUNDING_NOTE } : { note: '' };
}

export const ROUNDING_NOTE = '，在各数分别四舍五入的误差之内';

export interface CellRef {
  table: ParsedTable;
  row: TableRow;
  measure: Measure;
}

/** Emits when a printed total differs from the sum of its printed parts (same table). */
export function checkSum(
  emit: Emit,
  table: ParsedTable,
  total: TableRow,
  measure: Measure,
  parts: { row: TableRow; measure: Measure }[],
  relation: string
): boolean {
  const printed = cell(total, measure);
  if (printed === null || parts.length === 0) return false;
  // A figure the parser could not place may belong to any cell it left open, so a sum that reads
  // such a cell is untrustworthy (unplaced-figures reports it); cells it did place are certain.
  if (uncertain(total, measure) || parts.some((part) => uncertain(part.row, part.measure))) return false;
  const sum = parts.reduce<Fen>((acc, part) => acc + addend(part.row, part.measure), 0);
  if (amountsAgree(printed, sum)) return false;
  const nonZero = parts.filter((part) => addend(part.row, part.measure) !== 0).length;
  const { severity, note } = rounding(printed - sum, nonZero < 2 ? nonZero : nonZero + 1, table.unitOfMeasure);
  emit({
    message: `${cellLabel(table, total, measure)} 为 ${wan(printed)}，而${relation}为 ${wan(sum)}（相差 ${wan(printed - sum)}${note}）`,
    expected: exact(sum),
    actual: exact(printed),
    sources: [total.source, ...parts.map((part) => part.row.source)],
    ...(severity ? { severity } : {})
  });
  return true;
}

/** Emits when two cells that must carry the same figure differ. */
export function compareCells(emit: Emit, a: CellRef, b: CellRef, why: string): boolean {
  const va = cell(a.row, a.measure);
  const vb = cell(b.row, b.measure);
  if (va === null || vb === null) return false;
  if (hasUnplaced(a.row) || hasUnplaced(b.row)) return false;
  if (amountsAgree(va, vb, [a.table.unitOfMeasure, b.table.unitOfMeasure])) return false;
  const { severity, note } = a.table.unitOfMeasure === b.table.unitOfMeasure ? rounding(va - vb, 2, a.table.unitOfMeasure) : { note: '' };
  emit({
    message: `${cellLabel(a.table, a.row, a.measure)} 为 ${wan(va)}，${cellLabel(b.table, b.row, b.measure)} 为 ${wan(vb)}：${why}${note}`,
    expected: exact(va),
    actual: exact(vb),
    sources: [a.row.source, b.row.source],
    ...(severity ? { severity } : {})
  });
  return true;
}

/**
 * Function rows present in both tables (by code) must carry the same figure in the given
 * columns; a row printed with a non-zero figure in one table and absent in the other is reported too.
 */
export function compareFunctionRowsByCode(
  emit: Emit,
  a: { table: ParsedTable; rows: TableRow[]; measure: Measure },
  b: { table: ParsedTable; rows: TableRow[]; measure: Measure },
  why: string
): void {
  const byCode = new Map(b.rows.map((row) => [row.code, row]));
  const seen = new Set<string | null>();
  for (const rowA of a.rows) {
    const rowB = byCode.get(rowA.code);
    seen.add(rowA.code);
    if (rowB) {
      compareCells(emit, { table: a.table, row: rowA, measure: a.measure }, { table: b.table, row: rowB, measure: b.measure }, why);
      continue;
    }
    const value = cell(rowA, a.measure) ?? 0;
    if (value !== 0) missingIn(emit, a.table, rowA, a.measure, b.table, value);
  }
  for (const rowB of b.rows) {
    if (seen.has(rowB.code)) continue;
    const value = cell(rowB, b.measure) ?? 0;
    if (value !== 0) missingIn(emit, b.table, rowB, b.measure, a.table, value);
  }
}

function missingIn(emit: Emit, has: ParsedTable, row: TableRow, measure: Measure, lacks: ParsedTable, value: Fen): void {
  emit({
    message: `${cellLabel(has, row, measure)} 为 ${wan(value)}，但${tableLabel(lacks)}中没有“${rowLabel(row)}”这一行（${measureLabel(measure)}应为相同金额）`,
    expected: exact(value),
    actual: null,
    sources: [row.source]
  });
}
