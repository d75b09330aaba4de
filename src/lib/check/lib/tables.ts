/** Readers over a Disclosure's tables for the rules (lenient about how a row is keyed). */
import type { Fen } from '../../model/amount';
import type { Disclosure, Measure, ParsedTable, TableId, TableRow } from '../../model/disclosure';
import { findTable, isFunctionRow } from '../../model/tables';

export {
  allAppropriation, allGeneralBudget, cell, classesTotal, findTable, functionRows, incomeRow, incomeSources, isFunctionRow, rowByCode, totalRow
} from '../../model/tables';

/** A table printed with rows (not declared empty, not missing). */
export function printedTable(d: Disclosure, id: TableId): ParsedTable | undefined {
  const table = findTable(d, id);
  return table && table.status === 'present' && table.rows.length > 0 ? table : undefined;
}

/** A cell used as a summand: a printed row with the cell empty counts as zero. */
export function addend(row: TableRow, measure: Measure): Fen {
  return row.values[measure] ?? 0;
}

export function hasAnyValue(row: TableRow): boolean {
  return Object.values(row.values).some((value) => value !== undefined);
}

export function isEconomicRow(row: TableRow): boolean {
  return row.classification === 'economic' && row.code !== null && /^\d{3}(?:\d{2})?$/.test(row.code);
}

/**
 * Every printed table whose rows are function classes with their 类/款/项 codes (支出表, 财政拨款支出表,
 * 一般公共预算支出表, 政府性基金 …) and no side of a 收支总表: by what it prints, never by template;
 * uncertain ones are left out (and the rule says so).
 */
export function functionTables(d: Disclosure): ParsedTable[] {
  const ids = [...new Set(d.tables.filter((table) => table.rows.some((row) => isFunctionRow(row) && row.side === undefined)).map((table) => table.id))];
  return ids.flatMap((id) => printedTable(d, id) ?? []);
}

/**
 * Every printed table whose rows are economic classes (基本支出, 财政拨款基本支出, 机关运行经费 …),
 * by what it prints, never by template; uncertain ones are left out (and the rule says so).
 */
export function economicTables(d: Disclosure): ParsedTable[] {
  const ids = [...new Set(d.tables.filter((table) => table.rows.some(isEconomicRow)).map((table) => table.id))];
  return ids.flatMap((id) => printedTable(d, id) ?? []);
}

/** Direct children by code: 201 → 20103 → 2010301; economic 301 → 30101. */
export function childrenOf(rows: TableRow[], parent: TableRow): TableRow[] {
  const code = parent.code;
  if (!code) return [];
  return rows.filter((row) => row !== parent && row.code !== null && row.code.length === code.length + 2 && row.code.startsWith(code));
}

/** childrenOf for every parent of `rows` at once: one pass instead of a scan of the rows per parent. */
export function childrenIndex(rows: readonly TableRow[]): (parent: TableRow) => readonly TableRow[] {
  const byParentCode = new Map<string, TableRow[]>();
  for (const row of rows) {
    // A child's code is its parent's (at least one character) and two more.
    if (row.code === null || row.code.length < 3) continue;
    const parentCode = row.code.slice(0, -2);
    const siblings = byParentCode.get(parentCode);
    if (siblings) siblings.push(row);
    else byParentCode.set(parentCode, [row]);
  }
  return (parent) => (parent.code ? (byParentCode.get(parent.code) ?? []) : []);
}

export function projectRows(table: ParsedTable | undefined): TableRow[] {
  return (table?.rows ?? []).filter((row) => row.classification === 'project');
}

/** Rows that carry figures the parser could not place (a sum involving them cannot be trusted). */
export function rowsWithUnplaced(table: ParsedTable | undefined): TableRow[] {
  return (table?.rows ?? []).filter((row) => (row.unplaced?.length ?? 0) > 0);
}

