/** The `stated` unit_summary row: the document's own figures for its own year. */
import type { Fen } from '../model/amount';
import type { Disclosure, FundScope, Measure, NarrativeFact, SubjectKind } from '../model/disclosure';
import { findTable, rowByCode, totalRow, totalValue, valueOf } from './lookup';
import type { SummaryAmount, SummaryCount } from './rows';

type Figures = Record<SummaryAmount, Fen | null> & Record<SummaryCount, number | null>;

const SANGONG: [SummaryAmount, string, Measure][] = [
  ['sangong_total', 'sangong_total', 'total'],
  ['sangong_outbound', 'outbound', 'outbound'],
  ['sangong_reception', 'reception', 'reception'],
  ['sangong_vehicle_total', 'vehicle_total', 'vehicle_total'],
  ['sangong_vehicle_purchase', 'vehicle_purchase', 'vehicle_purchase'],
  ['sangong_vehicle_operation', 'vehicle_operation', 'vehicle_operation']
];

export function statedFigures(disclosure: Disclosure): Figures {
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
