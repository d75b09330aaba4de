/**
 * The `stated` unit_summary row: the document's own figures for its own year, from the tables read
 * with certainty. A figure of a table whose reading did not reconcile is taken only where the
 * narrative states the very same amount (two places of the document agree); otherwise it stays
 * blank — never a guess.
 */
import type { Fen } from '../model/amount';
import type { Disclosure, FundScope, Measure, NarrativeFact, ParsedTable, SubjectKind, TableId } from '../model/disclosure';
import { findTableRead } from '../model/tables';
import { findTable as findCertain, rowByCode, totalRow, totalValue, valueOf } from './lookup';
import { SUMMARY_AMOUNTS, type SummaryAmount, type SummaryCount } from './rows';

type Figures = Record<SummaryAmount, Fen | null> & Record<SummaryCount, number | null>;

const SANGONG: [SummaryAmount, string, Measure][] = [
  ['sangong_total', 'sangong_total', 'total'],
  ['sangong_outbound', 'outbound', 'outbound'],
  ['sangong_reception', 'reception', 'reception'],
  ['sangong_vehicle_total', 'vehicle_total', 'vehicle_total'],
  ['sangong_vehicle_purchase', 'vehicle_purchase', 'vehicle_purchase'],
  ['sangong_vehicle_operation', 'vehicle_operation', 'vehicle_operation']
];

type Finder = (d: Disclosure, id: TableId) => ParsedTable | undefined;

/** The narrative subject each summary amount is stated as. */
const SUBJECT_OF: Partial<Record<SummaryAmount, SubjectKind>> = {
  income_total: 'income_total', appropriation: 'appropriation', general_budget: 'general_budget', gov_fund: 'gov_fund',
  state_capital: 'state_capital', carryover: 'carryover', expenditure_total: 'expenditure_total', basic: 'basic', project: 'project',
  personnel: 'personnel', public_funds: 'public_funds', sangong_total: 'sangong_total', sangong_outbound: 'sangong_outbound',
  sangong_reception: 'sangong_reception', sangong_vehicle_total: 'sangong_vehicle_total', sangong_vehicle_purchase: 'sangong_vehicle_purchase',
  sangong_vehicle_operation: 'sangong_vehicle_operation', operating_costs: 'operating_costs', procurement_total: 'procurement_total'
};

export function statedFigures(disclosure: Disclosure): Figures {
  const certain = figuresFrom(disclosure, findCertain);
  if (!disclosure.tables.some((table) => table.quality?.status === 'uncertain')) return certain;
  const read = figuresFrom(disclosure, findTableRead);
  for (const column of SUMMARY_AMOUNTS) {
    const value = read[column];
    const kind = SUBJECT_OF[column];
    if (certain[column] !== null || value === null || !kind) continue;
    if (disclosure.facts.some((fact) => fact.subject.kind === kind && fact.amount === value)) certain[column] = value;
  }
  return certain;
}

function figuresFrom(disclosure: Disclosure, findTable: Finder): Figures {
  const t1 = findTable(disclosure, 't1');
  const t3 = findTable(disclosure, 't3');
  const t4 = findTable(disclosure, 't4');
  const t6 = findTable(disclosure, 't6');
  const t10 = findTable(disclosure, 't10');
  const income = (code: string) => valueOf(t1, rowByCode(t1, code, 'income'), 'total');
  const generalBudget = income('general_budget');
  const govFund = income('gov_fund');
  const stateCapital = income('state_capital');
  const appropriation =
    valueOf(t4, rowByCode(t4, 'appropriation', 'income'), 'total') ??
    (generalBudget === null && govFund === null && stateCapital === null
      ? null
      : (generalBudget ?? 0) + (govFund ?? 0) + (stateCapital ?? 0));
  const t3Total = totalRow(t3);
  const figures: Figures = {
    income_total: income('income_total'),
    appropriation,
    general_budget: generalBudget,
    gov_fund: govFund,
    state_capital: stateCapital,
    carryover: income('carryover'),
    expenditure_total: valueOf(t1, rowByCode(t1, 'expenditure_total', 'expenditure'), 'total'),
    basic: valueOf(t3, t3Total, 'basic'),
    project: valueOf(t3, t3Total, 'project'),
    // Templates whose basic-expenditure table prints one amount column (Jiangsu) state the split in the narrative.
    personnel: totalValue(t6, 'personnel') ?? statedFact(disclosure, 'personnel', 'general_budget'),
    public_funds: totalValue(t6, 'public') ?? statedFact(disclosure, 'public_funds', 'general_budget'),
    sangong_total: null,
    sangong_outbound: null,
    sangong_reception: null,
    sangong_vehicle_total: null,
    sangong_vehicle_purchase: null,
    sangong_vehicle_operation: null,
    operating_costs: null,
    procurement_total: null,
    staff_quota: disclosure.staff.quota,
    staff_actual: disclosure.staff.actual,
    staff_active: disclosure.staff.active,
    staff_retired: disclosure.staff.retired,
    staff_retired_veteran: disclosure.staff.retiredVeteran,
    vehicles: disclosure.assets.vehicles
  };
  // 三公 tables come as one row per item (seed, Jiangsu) or one row with a column per item (Shanghai).
  const itemRows = rowByCode(t10, 'sangong_total') !== undefined;
  const sangongRow = totalRow(t10);
  for (const [column, code, measure] of SANGONG) {
    figures[column] = itemRows ? valueOf(t10, rowByCode(t10, code), 'total') : valueOf(t10, sangongRow, measure);
  }
  figures.operating_costs =
    valueOf(t10, itemRows ? undefined : sangongRow, 'operating_costs') ??
    valueOf(findTable(disclosure, 'operating_costs'), totalRow(findTable(disclosure, 'operating_costs')), 'total') ??
    statedFact(disclosure, 'operating_costs');
  figures.procurement_total =
    valueOf(findTable(disclosure, 'procurement'), totalRow(findTable(disclosure, 'procurement')), 'total') ??
    statedFact(disclosure, 'procurement_total');
  return figures;
}

/** The first amount the narrative states for a subject (in the given funding scope, or any). */
export function statedFact(disclosure: Disclosure, kind: SubjectKind, scope?: FundScope): Fen | null {
  const matches = (fact: NarrativeFact) => fact.subject.kind === kind && fact.amount !== null && (scope === undefined || fact.subject.scope === scope);
  return disclosure.facts.find(matches)?.amount ?? null;
}
