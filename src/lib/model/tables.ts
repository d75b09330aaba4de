/** Readers over a Disclosure's tables, shared by normalise and check (lenient about how a row is keyed). */
import type { Disclosure, ParsedTable, TableId, TableRow } from './disclosure';

/** A table that was found (printed or declared empty); missing tables are undefined. */
export function findTable(d: Disclosure, id: TableId): ParsedTable | undefined {
  return d.tables.find((table) => table.id === id && table.status !== 'missing');
}

const TOTAL_KEYS = new Set(['total', 'grand_total']);

/** The 合计/总计 row of a one-sided table. */
export function totalRow(table: ParsedTable | undefined): TableRow | undefined {
  if (!table) return undefined;
  return (
    table.rows.find((row) => row.level === 0 && row.code === null && row.side === undefined) ??
    table.rows.find((row) => row.classification === 'total' && row.side === undefined && (row.code === null || TOTAL_KEYS.has(row.code)))
  );
}

export function rowByCode(table: ParsedTable | undefined, code: string, side?: TableRow['side']): TableRow | undefined {
  return table?.rows.find((row) => row.code === code && (side === undefined || row.side === undefined || row.side === side));
}
