/** Readers over a Disclosure's tables, shared by normalise and check (lenient about how a row is keyed). */
import type { Fen } from './amount';
import type { Disclosure, Measure, ParsedTable, TableId, TableRow } from './disclosure';

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

/** The figure of a cell; null when the row does not carry that column. */
export function cell(row: TableRow | undefined, measure: Measure): Fen | null {
  if (!row) return null;
  return row.values[measure] ?? null;
}

const FUNCTION_CODE = /^\d{3}(?:\d{2}){0,2}$/;

export function isFunctionRow(row: TableRow): boolean {
  return row.classification === 'function' && row.code !== null && FUNCTION_CODE.test(row.code);
}

export function functionRows(table: ParsedTable | undefined, side?: TableRow['side']): TableRow[] {
  return (table?.rows ?? []).filter((row) => isFunctionRow(row) && (side === undefined || row.side === undefined || row.side === side));
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
