/** Readers over a Disclosure's tables, shared by normalise and check (lenient about how a row is keyed). */
import type { Disclosure, ParsedTable, TableId, TableRow } from './disclosure';

/**
 * A table that was found (printed or declared empty) and read with certainty; missing tables and
 * tables whose own arithmetic says they were misread (quality 'uncertain') are undefined, so no
 * figure of a misread table becomes a finding or a summary figure. Asking for an uncertain table
 * is noted (see `uncertainAsked`), so a rule that could not run says why.
 */
export function findTable(d: Disclosure, id: TableId): ParsedTable | undefined {
  const table = d.tables.find((candidate) => candidate.id === id && candidate.status !== 'missing');
  if (table && isUncertain(table)) {
    asked?.add(table);
    return undefined;
  }
  return table;
}

/** The table whatever its quality (for what reports on the reading itself). */
export function findTableRead(d: Disclosure, id: TableId): ParsedTable | undefined {
  return d.tables.find((table) => table.id === id && table.status !== 'missing');
}

export function isUncertain(table: ParsedTable): boolean {
  return table.quality?.status === 'uncertain';
}

let asked: Set<ParsedTable> | null = null;

/** Runs `body` and returns what it returned with the uncertain tables it asked for. */
export function uncertainAsked<T>(body: () => T): { result: T; tables: ParsedTable[] } {
  const outer = asked;
  asked = new Set();
  try {
    const result = body();
    return { result, tables: [...asked] };
  } finally {
    asked = outer;
  }
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
