/**
 * Cross-table evidence for the column solver. Each statement here is a relation the template
 * guarantees between tables (e.g. t5's 项目支出 by function = Σ t7 projects; t2's funding columns are
 * t1's income sources), used only to choose among placements of printed figures.
 */
import type { Fen } from '../../../model/amount';
import type { Measure, ParsedTable, TableId, TableRow } from '../../../model/disclosure';
import type { CodedEvidence } from './coded';
import { TOTAL_KEY } from './coded';
import { incomeValue } from './sided';

/** Tables already read, by canonical id. */
export type Parsed = Partial<Record<TableId, ParsedTable>>;

/** Tables are read in an order that lets later ones use earlier ones as evidence. */
export const READ_ORDER: readonly TableId[] = ['t1', 't7', 't2', 't3', 't5', 't8', 't9', 't6', 't4', 't10'];
type Cells = NonNullable<CodedEvidence['cells']>;

const usable = (table: ParsedTable | undefined): table is ParsedTable => table !== undefined && table.status !== 'missing';

function totalRow(table: ParsedTable): TableRow | undefined {
  return table.rows.find((row) => row.classification === 'total' && row.side !== 'income');
}

function byCode(table: ParsedTable, classification: TableRow['classification'] = 'function'): Map<string, TableRow> {
  const map = new Map<string, TableRow>();
  for (const row of table.rows) if (row.classification === classification && row.code && !map.has(row.code)) map.set(row.code, row);
  return map;
}

function defined(values: Partial<Record<Measure, Fen | undefined>>): Partial<Record<Measure, Fen>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Record<Measure, Fen>>;
}

/** t2's funding columns are t1's income sources. */
export function t2Evidence(parsed: Parsed): CodedEvidence {
  const t1 = parsed.t1;
  if (!usable(t1) || t1.status !== 'present') return {};
  const v = (...keys: string[]) => incomeValue(t1.rows, ...keys);
  const own = (item: string, transfer: string) => {
    const ownRow = v(`${item}_own`);
    if (ownRow !== undefined) return ownRow;
    const whole = v(item);
    return whole === undefined ? undefined : whole - (v(transfer) ?? 0);
  };
  return {
    columnTotals: defined({
      total: v('income_total'),
      general_budget: own('general_budget', 'general_budget_transfer'),
      general_budget_transfer: v('general_budget_transfer'),
      gov_fund: own('gov_fund', 'gov_fund_transfer'),
      gov_fund_transfer: v('gov_fund_transfer'),
      state_capital: own('state_capital', 'state_capital_transfer'),
      state_capital_transfer: v('state_capital_transfer'),
      fiscal_special: v('fiscal_special'),
      unit_funds: v('unit_funds'),
      carryover: v('appropriation_carryover') ?? v('carryover'),
      non_appropriation_carryover: v('non_appropriation_carryover')
    })
  };
}

/** Σ t7 project totals per function code and each of its prefixes (类, 款, 项). */
function projectTotals(t7: ParsedTable): Map<string, Fen> {
  const totals = new Map<string, Fen>();
  for (const row of t7.rows) {
    if (row.classification !== 'project' || !row.functionCode) continue;
    for (const length of [3, 5, 7]) {
      if (row.functionCode.length < length) continue;
      const code = row.functionCode.slice(0, length);
      totals.set(code, (totals.get(code) ?? 0) + (row.values.total ?? 0));
    }
  }
  return totals;
}

/** All-funds t3: project ≥ Σ general-budget projects (t7) of the code. */
export function t3Evidence(parsed: Parsed): CodedEvidence {
  const t7 = parsed.t7;
  if (!usable(t7)) return {};
  const cells: Cells = [...projectTotals(t7)].map(([code, value]) => ({ code, column: 'project' as Measure, min: value }));
  return { cells };
}

/** Where all-funds t3 shows an empty basic/project cell, the fund tables (t5, t8, t9) do too. */
function zerosFromT3(parsed: Parsed, codes: readonly string[]): Cells {
  const t3 = parsed.t3;
  if (!usable(t3) || t3.status !== 'present') return [];
  const rows = byCode(t3);
  const cells: Cells = [];
  for (const code of codes) {
    const row = rows.get(code);
    if (!row) continue;
    for (const column of ['basic', 'project'] as const) if (row.values[column] === 0) cells.push({ code, column, equals: 0 });
  }
  return cells;
}

/** t5 项目支出 by function = Σ t7 projects; plus t3's empty cells. */
export function t5Evidence(parsed: Parsed, codes: readonly string[]): CodedEvidence {
  const cells = zerosFromT3(parsed, codes);
  const t7 = parsed.t7;
  if (usable(t7)) {
    const totals = projectTotals(t7);
    for (const code of codes) cells.push({ code, column: 'project', equals: totals.get(code) ?? 0 });
    const t7Total = t7.status === 'declared_empty' ? 0 : totalRow(t7)?.values.total;
    if (t7Total !== undefined) cells.push({ code: TOTAL_KEY, column: 'project', equals: t7Total });
  }
  return { cells };
}

export function fundTableEvidence(parsed: Parsed, codes: readonly string[]): CodedEvidence {
  return { cells: zerosFromT3(parsed, codes) };
}

/** t6 总计 = t5 基本支出 总计. */
export function t6Evidence(parsed: Parsed): CodedEvidence {
  const t5 = parsed.t5;
  const basic = usable(t5) && t5.status === 'present' ? totalRow(t5)?.values.basic : undefined;
  return basic === undefined ? {} : { columnTotals: { total: basic } };
}

const FUND_TABLES: [TableId, Measure][] = [
  ['t5', 'general_budget'],
  ['t8', 'gov_fund'],
  ['t9', 'state_capital']
];

/** t4 expenditure: column totals from its own income side; per 类 from t5/t8/t9 totals. */
export function t4Evidence(parsed: Parsed, incomeRows: readonly TableRow[], codes: readonly string[]): CodedEvidence {
  const v = (...keys: string[]) => incomeValue(incomeRows, ...keys);
  const columnTotals = defined({
    total: v('income_total'),
    general_budget: v('general_budget', 'carryover_general_budget'),
    gov_fund: v('gov_fund', 'carryover_gov_fund'),
    state_capital: v('state_capital', 'carryover_state_capital')
  });
  const cells: Cells = [];
  for (const [id, column] of FUND_TABLES) {
    const table = parsed[id];
    if (!usable(table)) continue;
    const rows = byCode(table);
    for (const code of codes) cells.push({ code, column, equals: rows.get(code)?.values.total ?? 0 });
  }
  return { columnTotals, cells };
}

/** 三公: funding sources t4 shows empty are empty here; t6's 公务接待费/公务用车运行维护费/因公出国 are general budget. */
export function t10Evidence(parsed: Parsed): CodedEvidence {
  const cells: Cells = [];
  const t4 = parsed.t4;
  const t4Total = usable(t4) ? t4.rows.find((row) => row.code === 'expenditure_total') : undefined;
  const keys = ['sangong_total', 'outbound', 'reception', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation'];
  for (const column of ['gov_fund', 'state_capital'] as const) {
    if (t4Total?.values[column] === 0) for (const code of keys) cells.push({ code, column, equals: 0 });
  }
  const t6 = parsed.t6;
  if (usable(t6) && t6.status === 'present') {
    const economic = byCode(t6, 'economic');
    const lower: [string, string][] = [
      ['reception', '30217'],
      ['vehicle_operation', '30231'],
      ['outbound', '30212']
    ];
    for (const [code, economicCode] of lower) {
      const value = economic.get(economicCode)?.values.total;
      if (value) cells.push({ code, column: 'general_budget', min: value });
    }
  }
  return { cells };
}
