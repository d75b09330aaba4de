/**
 * A table's verdict on its own arithmetic, after its figures were placed: rows against their
 * sums, classes against their 款/项, the 合计 against its classes, both sides of a 收支总表, the
 * “三公” items against their totals. A document's own misprint breaks the relations through one
 * cell (or two); a misread table — columns shifted, rows mixed — breaks them all over, and so do
 * figures that could not be placed. Such a table is `uncertain`: its figures are kept but marked,
 * and the checks that would need them are skipped, so one misreading of ours never reads as many
 * mistakes of the document.
 */
import type { Fen } from '../../model/amount';
import type { Measure, ParsedTable, TableQuality, TableRow } from '../../model/disclosure';
import { PERSONNEL_ECONOMIC_CLASSES, SANGONG_SUMS } from '../../model/vocabulary';
import type { TableSpec } from './spec';

/** Half a printed cent (0.01 万元 = 10,000 分): two-decimal 万元 figures may each be off by it. */
const HALF_CENT_WAN: Fen = 5_000;

interface Relation {
  /** The cells taking part (row index and measure), the whole first. */
  cells: string[];
  holds: boolean;
}

function cellId(rows: readonly TableRow[], row: TableRow, measure: string): string {
  return `${rows.indexOf(row)}:${measure}`;
}

/** total = Σ parts within the rounding of the printed figures (万元 tables round each figure). */
function sumHolds(whole: Fen, parts: readonly Fen[], table: ParsedTable): boolean {
  const sum = parts.reduce((acc, part) => acc + part, 0);
  if (table.unitOfMeasure !== '万元') return Math.abs(whole - sum) < 10_000;
  const figures = parts.filter((part) => part !== 0).length;
  const reach = figures < 2 ? 0 : (figures + 1) * HALF_CENT_WAN;
  return Math.abs(whole - sum) <= Math.max(reach, figures < 2 ? 0 : 10_000);
}

function relation(rows: readonly TableRow[], table: ParsedTable, whole: TableRow, wholeMeasure: string, parts: readonly { row: TableRow; measure: string }[]): Relation | null {
  const value = (whole.values as Record<string, Fen | undefined>)[wholeMeasure];
  if (value === undefined || parts.length === 0) return null;
  const partValues = parts.map((part) => (part.row.values as Record<string, Fen | undefined>)[part.measure] ?? 0);
  return {
    cells: [cellId(rows, whole, wholeMeasure), ...parts.map((part) => cellId(rows, part.row, part.measure))],
    holds: sumHolds(value, partValues, table)
  };
}

function relations(table: ParsedTable, spec: TableSpec): Relation[] {
  const rows = table.rows;
  const out: (Relation | null)[] = [];
  const measures = [...new Set(rows.flatMap((row) => Object.keys(row.values)))];
  // Row sums the spec declares.
  for (const row of rows) {
    for (const [whole, parts] of spec.sums ?? []) {
      // Only rows printed with the parts' columns (the income side of a 收支总表 has one amount).
      const own = parts.filter((part) => part in row.values);
      if (spec.shape === 'items' || own.length === 0) continue;
      out.push(relation(rows, table, row, whole, own.map((measure) => ({ row, measure }))));
    }
  }
  if (spec.shape === 'coded') {
    const coded = rows.filter((row) => row.code !== null && (row.classification === 'function' || row.classification === 'economic'));
    for (const parent of coded) {
      const children = coded.filter((row) => row.code!.length === parent.code!.length + 2 && row.code!.startsWith(parent.code!));
      if (children.length === 0) continue;
      for (const measure of measures) out.push(relation(rows, table, parent, measure, children.map((row) => ({ row, measure }))));
    }
    const total = rows.find((row) => row.classification === 'total');
    const classes = coded.filter((row) => row.code!.length === 3);
    if (total && classes.length > 0) {
      for (const measure of measures) {
        const printedByClass = classes.some((row) => measure in row.values);
        if ((measure === 'personnel' || measure === 'public') && !printedByClass) {
          // One 金额 per class (the 合计 split into 人员经费 / 公用经费 below): 人员经费 is the personnel classes.
          const own = classes.filter((row) => PERSONNEL_ECONOMIC_CLASSES.has(row.code!) === (measure === 'personnel'));
          out.push(relation(rows, table, total, measure, own.map((row) => ({ row, measure: 'total' }))));
          continue;
        }
        out.push(relation(rows, table, total, measure, classes.map((row) => ({ row, measure }))));
      }
    }
  }
  if (spec.shape === 'items') {
    const byItem = new Map(rows.map((row) => [row.code, row]));
    for (const [whole, parts] of SANGONG_SUMS) {
      const wholeRow = byItem.get(whole);
      const partRows = parts.map((part) => byItem.get(part)).filter((row): row is TableRow => row !== undefined);
      if (!wholeRow || partRows.length === 0) continue;
      for (const measure of measures) out.push(relation(rows, table, wholeRow, measure, partRows.map((row) => ({ row, measure }))));
    }
  }
  if (spec.shape === 'sided') {
    const key = (code: string, side: TableRow['side']) => rows.find((row) => row.code === code && row.side === side);
    const income = key('income_total', 'income');
    const spent = key('expenditure_total', 'expenditure');
    if (income && spent) out.push(relation(rows, table, income, 'total', [{ row: spent, measure: 'total' }]));
    const classesTotal = key('current_expenditure', 'expenditure') ?? spent;
    const classes = rows.filter((row) => row.side === 'expenditure' && row.classification === 'function' && row.code?.length === 3);
    if (classesTotal && classes.length > 0) {
      for (const measure of measures) out.push(relation(rows, table, classesTotal, measure, classes.map((row) => ({ row, measure }))));
    }
  }
  return out.filter((candidate): candidate is Relation => candidate !== null);
}

/**
 * Reconciled when every relation holds, or when the broken ones are explained by one cell (a
 * misprint the checks will name); uncertain when figures could not be placed or read, or when the
 * broken relations have no cell in common.
 */
export function tableVerdict(table: ParsedTable, spec: TableSpec, unreadable: number): TableQuality {
  const unplaced = table.rows.reduce((count, row) => count + (row.unplaced?.length ?? 0), 0);
  if (unplaced + unreadable > 0) {
    return { status: 'uncertain', note: `有 ${unplaced + unreadable} 个数字未能确定所在的行或列` };
  }
  const checked = relations(table, spec);
  const broken = checked.filter((candidate) => !candidate.holds);
  if (checked.length === 0) return { status: 'reconciled', note: '表内没有可核对的勾稽关系' };
  if (broken.length === 0) return { status: 'reconciled', note: `表内 ${checked.length} 处勾稽关系全部成立` };
  // One misprinted row (a figure printed wrong, perhaps in two of its columns) explains them.
  const rowsOf = (candidate: Relation) => candidate.cells.map((cell) => cell.split(':')[0]!);
  const common = broken.slice(1).reduce((rows, candidate) => rows.filter((row) => rowsOf(candidate).includes(row)), rowsOf(broken[0]!));
  if (common.length > 0 || (broken.length <= 2 && broken.length * 10 <= checked.length)) {
    return { status: 'reconciled', note: `表内 ${checked.length} 处勾稽关系中 ${broken.length} 处不成立，可归因于个别数字（见核对结果）` };
  }
  return { status: 'uncertain', note: `表内 ${checked.length} 处勾稽关系中 ${broken.length} 处不成立，且没有共同的数字，可能未能正确读取` };
}
