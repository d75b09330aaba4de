/** Readers normalise needs on top of the shared table readers in model/tables.ts. */
import type { Fen } from '../model/amount';
import type { Measure, ParsedTable, TableRow } from '../model/disclosure';
export { findTable, rowByCode, totalRow } from '../model/tables';

/**
 * The table's total for one column: the first total row that prints it (a 决算's two-sided
 * basic-expenditure table has a 人员经费合计 row and a 公用经费合计 row).
 */
export function totalValue(table: ParsedTable | undefined, measure: Measure): Fen | null {
  if (table?.status === 'declared_empty') return 0;
  const row = table?.rows.find((candidate) => candidate.level === 0 && candidate.code === null && candidate.side === undefined && candidate.values[measure] !== undefined);
  return row ? row.values[measure]! : null;
}

/** A table declared empty states zero for all its cells; a missing table states nothing. */
export function valueOf(table: ParsedTable | undefined, row: TableRow | undefined, measure: Measure): Fen | null {
  if (table?.status === 'declared_empty') return 0;
  if (!row) return null;
  return row.values[measure] ?? null;
}
