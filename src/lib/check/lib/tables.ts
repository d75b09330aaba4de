/** Readers over a Disclosure's tables for the rules (lenient about how a row is keyed). */
import type { Fen } from '../../model/amount';
import type { Disclosure, Measure, ParsedTable, TableId, TableRow } from '../../model/disclosure';
import { findTable, rowByCode } from '../../model/tables';

export { findTable, rowByCode, totalRow } from '../../model/tables';

/** A table printed with rows (not declared empty, not missing). */
export function printedTable(d: Disclosure, id: TableId): ParsedTable | undefined {
  const table = findTable(d, id);
  return table && table.status === 'present' && table.rows.length > 0 ? table : undefined;
}

/** The figure of a cell; null when the row does not carry that column. */
export function cell(row: TableRow | undefined, measure: Measure): Fen | null {
  if (!row) return null;
  return row.values[measure] ?? null;
}

/** A cell used as a summand: a printed row with the cell empty counts as zero. */
export function addend(row: TableRow, measure: Measure): Fen {
  return row.values[measure] ?? 0;
}

export function hasAnyValue(row: TableRow): boolean {
  return Object.values(row.values).some((value) => value !== undefined);
}

const FUNCTION_CODE = /^\d{3}(?:\d{2}){0,2}$/;

export function isFunctionRow(row: TableRow): boolean {
  return row.classification === 'function' && row.code !== null && FUNCTION_CODE.test(row.code);
}

export function isEconomicRow(row: TableRow): boolean {
  return row.classification === 'economic' && row.code !== null && /^\d{3}(?:\d{2})?$/.test(row.code);
}

export function functionRows(table: ParsedTable | undefined, side?: TableRow['side']): TableRow[] {
  return (table?.rows ?? []).filter((row) => isFunctionRow(row) && (side === undefined || row.side === undefined || row.side === side));
}

/** Direct children by code: 201 → 20103 → 2010301; economic 301 → 30101. */
export function childrenOf(rows: TableRow[], parent: TableRow): TableRow[] {
  const code = parent.code;
  if (!code) return [];
  return rows.filter((row) => row !== parent && row.code !== null && row.code.length === code.length + 2 && row.code.startsWith(code));
}

export function projectRows(table: ParsedTable | undefined): TableRow[] {
  return (table?.rows ?? []).filter((row) => row.classification === 'project');
}

/** Rows that carry figures the parser could not place (a sum involving them cannot be trusted). */
export function rowsWithUnplaced(table: ParsedTable | undefined): TableRow[] {
  return (table?.rows ?? []).filter((row) => (row.unplaced?.length ?? 0) > 0);
}

/**
 * The row the function classes of a 收支总表's expenditure side add up to: 本年支出合计 where the
 * table prints it (决算, and templates with 结转下年), else 支出总计.
 */
export function classesTotal(table: ParsedTable | undefined): TableRow | undefined {
  return rowByCode(table, 'current_expenditure', 'expenditure') ?? rowByCode(table, 'expenditure_total', 'expenditure');
}

/** Rows of an income side that carry this year's income (not the carry-over section). */
const CARRYOVER_KEYS = /^(carryover|appropriation_carryover|non_appropriation_carryover|unused_surplus)$|^carryover_/;

/** This year's income sources at the outermost level the table prints them (一、… or 1.…). */
export function incomeSources(table: ParsedTable | undefined): TableRow[] {
  const sources = (table?.rows ?? []).filter(
    (row) => row.side === 'income' && row.classification === 'income' && row.code !== null && row.code !== 'current_income' && !CARRYOVER_KEYS.test(row.code)
  );
  const current = rowByCode(table, 'current_income', 'income');
  // A 本年收入 printed above its sources (一、本年收入 / 1.… ): its sources are one level below it.
  const floor = current && table!.rows.indexOf(current) < table!.rows.indexOf(sources[0] ?? current) ? current.level + 1 : Math.min(...sources.map((row) => row.level));
  return sources.filter((row) => row.level === floor);
}

/** Income row of 收支总表 by key ('general_budget', 'income_total', …). */
export function incomeRow(d: Disclosure, tableId: 't1' | 't4', key: string): TableRow | undefined {
  return rowByCode(findTable(d, tableId), key, 'income');
}

const NON_GENERAL_SOURCES = ['gov_fund', 'state_capital', 'fiscal_special', 'unit_funds', 'carryover', 'non_appropriation_carryover', 'business_income', 'operating_income', 'other_income'];

/**
 * Is all money of the document 一般公共预算 of the year (RULES.md: only then 支出表 = 一般公共预算支出表)?
 * null when 收支总表 does not tell.
 */
export function allGeneralBudget(d: Disclosure): boolean | null {
  const t1 = findTable(d, 't1');
  const general = cell(incomeRow(d, 't1', 'general_budget'), 'total');
  if (!t1 || general === null) return null;
  return NON_GENERAL_SOURCES.every((key) => (cell(incomeRow(d, 't1', key), 'total') ?? 0) === 0);
}

/** Is all money of the document 财政拨款 (this year's or carried over)? */
export function allAppropriation(d: Disclosure): boolean | null {
  const t1 = findTable(d, 't1');
  if (!t1 || !incomeRow(d, 't1', 'income_total')) return null;
  const others = ['fiscal_special', 'unit_funds', 'non_appropriation_carryover', 'business_income', 'operating_income', 'other_income'];
  return others.every((key) => (cell(incomeRow(d, 't1', key), 'total') ?? 0) === 0);
}
