/**
 * Rows of a classified table (功能分类 / 经济分类 code tree with a 总计 row) → TableRow[]:
 * figures parsed in the table's unit, columns placed by the solver over the code tree.
 */
import { formatWanyuanDisplay, parseAmount, type Fen, type MeasureUnit } from '../../../model/amount';
import type { Classification, Measure, TableRow } from '../../../model/disclosure';
import type { Issue, SourceRef } from '../../../model/source';
import { rowName, type RawRow } from './rows';
import { solveColumns, type CellEvidence, type RowEquation, type SolverRow } from './solver';
import { codeLevel, parentCode } from './tokens';

export interface CodedTableSpec {
  columns: readonly Measure[];
  equations: readonly RowEquation<Measure>[];
  classification: Extract<Classification, 'function' | 'economic'>;
}

/** Evidence keyed by code ('total' for the 总计 row). */
export interface CodedEvidence {
  columnTotals?: Partial<Record<Measure, Fen>>;
  cells?: (Omit<CellEvidence<Measure>, 'key'> & { code: string })[];
}

export interface TableContext {
  file: string;
  /** How messages name the table, e.g. "表3 单位支出总体情况表". */
  label: string;
  unit: MeasureUnit;
}

export const TOTAL_KEY = 'total';

/** Parses printed figures; a figure the unit cannot hold exactly is reported and left out. */
export function parseFigures(figures: readonly string[], source: SourceRef, context: TableContext, issues: Issue[]): Fen[] {
  const values: Fen[] = [];
  for (const text of figures) {
    const value = parseAmount(text, context.unit);
    if (value === null) {
      issues.push({
        code: 'amount-unreadable',
        message: `${source.file} 第 ${source.line} 行：${context.label}中的数字“${text}”无法按${context.unit}读取：“${source.text}”`,
        source
      });
    } else values.push(value);
  }
  return values;
}

export function ambiguityIssue(context: TableContext, source: SourceRef, unplaced: readonly Fen[]): Issue {
  const figures = unplaced.map((value) => formatWanyuanDisplay(value)).join('、');
  return {
    code: 'column-ambiguous',
    message: `${source.file} 第 ${source.line} 行：${context.label}中这一行的数字（${figures}）可以放在不同的列，按表内和表间关系无法唯一确定，未归列：“${source.text}”`,
    source
  };
}

export function unreadableRowIssue(context: TableContext, source: SourceRef, why: string): Issue {
  return {
    code: 'table-line-unreadable',
    message: `${source.file} 第 ${source.line} 行：${context.label}中的这一行无法读取（${why}）：“${source.text}”`,
    source
  };
}

export function buildCodedRows(
  raw: readonly RawRow[],
  spec: CodedTableSpec,
  context: TableContext,
  evidence: CodedEvidence = {}
): { rows: TableRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const figures = raw.map((row) => parseFigures(row.figures, row.source, context, issues));
  const keys = raw.map((row, i) => (row.kind === 'total' ? TOTAL_KEY : `r${i}`));
  const keyOfCode = new Map<string, string>();
  raw.forEach((row, i) => {
    if (row.kind === 'code' && row.code && !keyOfCode.has(row.code)) keyOfCode.set(row.code, keys[i]!);
  });
  const known = new Set(keyOfCode.keys());
  const solverRows: SolverRow[] = [];
  raw.forEach((row, i) => {
    if (row.kind === 'named') return;
    const parent = row.kind === 'code' && row.code ? parentCode(row.code, known) : null;
    solverRows.push({
      key: keys[i]!,
      parent: parent ? keyOfCode.get(parent)! : null,
      isTotal: row.kind === 'total' && !solverRows.some((r) => r.isTotal),
      figures: figures[i]!
    });
  });
  const cells: CellEvidence<Measure>[] = [];
  for (const { code, ...cell } of evidence.cells ?? []) {
    const key = code === TOTAL_KEY ? TOTAL_KEY : keyOfCode.get(code);
    if (key) cells.push({ key, ...cell });
  }
  const solved = solveColumns<Measure>({
    columns: spec.columns,
    equations: spec.equations,
    rows: solverRows,
    columnTotals: evidence.columnTotals,
    evidence: cells
  });
  const placements = new Map(solved.placements.map((placement) => [placement.key, placement]));

  const rows = raw.map((row, i): TableRow => {
    const placement =
      placements.get(keys[i]!) ??
      // A row outside the code tree (e.g. a unit-name row) is placed by its own equations.
      solveColumns<Measure>({ columns: spec.columns, equations: spec.equations, rows: [{ key: 'x', parent: null, figures: figures[i]! }] })
        .placements[0]!;
    if (placement.alternatives === 0) issues.push(unreadableRowIssue(context, row.source, '数字个数多于列数'));
    else if (placement.unplaced.length > 0) issues.push(ambiguityIssue(context, row.source, placement.unplaced));
    const base: TableRow = {
      classification: row.kind === 'code' ? spec.classification : row.kind === 'total' ? 'total' : 'other',
      code: row.kind === 'code' ? row.code : null,
      name: rowName(row),
      level: row.kind === 'code' && row.code ? codeLevel(row.code) : 0,
      values: placement.values,
      source: row.source
    };
    if (placement.unplaced.length > 0) base.unplaced = placement.unplaced;
    return base;
  });
  return { rows, issues };
}
