/**
 * The `stated` unit_summary row: the document's own figures for its own year, from the tables read
 * with certainty. A figure of a table whose reading did not reconcile is taken only where the
 * narrative states the very same amount (two places of the document agree); otherwise it stays
 * blank — never a guess.
 */
import type { Fen } from '../model/amount';
import type { Disclosure, FundScope, NarrativeFact, SubjectKind } from '../model/disclosure';
import { figureValue, resolveFigure, type TableFinder } from '../model/resolve';
import { findTable, findTableRead } from '../model/tables';
import { SUMMARY_AMOUNTS, type SummaryAmount, type SummaryCount } from './rows';

type Figures = Record<SummaryAmount, Fen | null> & Record<SummaryCount, number | null>;

/**
 * The subject each summary amount is (model/resolve.ts finds its table cell), and the funding
 * scope it is of: 人员经费 / 公用经费 are those of the 一般公共预算 基本支出 table.
 */
export const SUBJECT_OF: Record<SummaryAmount, { kind: SubjectKind; scope: FundScope }> = {
  income_total: { kind: 'income_total', scope: 'all' },
  appropriation: { kind: 'appropriation', scope: 'all' },
  general_budget: { kind: 'general_budget', scope: 'all' },
  gov_fund: { kind: 'gov_fund', scope: 'all' },
  state_capital: { kind: 'state_capital', scope: 'all' },
  carryover: { kind: 'carryover', scope: 'all' },
  expenditure_total: { kind: 'expenditure_total', scope: 'all' },
  basic: { kind: 'basic', scope: 'all' },
  project: { kind: 'project', scope: 'all' },
  personnel: { kind: 'personnel', scope: 'general_budget' },
  public_funds: { kind: 'public_funds', scope: 'general_budget' },
  sangong_total: { kind: 'sangong_total', scope: 'all' },
  sangong_outbound: { kind: 'sangong_outbound', scope: 'all' },
  sangong_reception: { kind: 'sangong_reception', scope: 'all' },
  sangong_vehicle_total: { kind: 'sangong_vehicle_total', scope: 'all' },
  sangong_vehicle_purchase: { kind: 'sangong_vehicle_purchase', scope: 'all' },
  sangong_vehicle_operation: { kind: 'sangong_vehicle_operation', scope: 'all' },
  operating_costs: { kind: 'operating_costs', scope: 'all' },
  procurement_total: { kind: 'procurement_total', scope: 'all' }
};

/** Amounts a template may state only in the narrative (no table prints them). */
export const NARRATIVE_ONLY = new Set<SummaryAmount>(['personnel', 'public_funds', 'operating_costs', 'procurement_total']);

export function statedFigures(disclosure: Disclosure): Figures {
  const certain = amountsFrom(disclosure, findTable);
  if (disclosure.tables.some((table) => table.quality?.status === 'uncertain')) {
    const read = amountsFrom(disclosure, findTableRead);
    for (const column of SUMMARY_AMOUNTS) {
      const value = read[column];
      if (certain[column] !== null || value === null) continue;
      if (disclosure.facts.some((fact) => fact.subject.kind === SUBJECT_OF[column].kind && fact.amount === value)) certain[column] = value;
    }
  }
  for (const column of NARRATIVE_ONLY) {
    if (certain[column] === null) certain[column] = statedFact(disclosure, SUBJECT_OF[column].kind, SUBJECT_OF[column].scope === 'all' ? undefined : SUBJECT_OF[column].scope);
  }
  const { staff, assets } = disclosure;
  return {
    ...certain,
    staff_quota: staff.quota,
    staff_actual: staff.actual,
    staff_active: staff.active,
    staff_retired: staff.retired,
    staff_retired_veteran: staff.retiredVeteran,
    vehicles: assets.vehicles
  };
}

function amountsFrom(disclosure: Disclosure, find: TableFinder): Record<SummaryAmount, Fen | null> {
  const amounts = {} as Record<SummaryAmount, Fen | null>;
  for (const column of SUMMARY_AMOUNTS) amounts[column] = figureValue(resolveFigure(disclosure, SUBJECT_OF[column], find));
  return amounts;
}

/** The first amount the narrative states for a subject (in the given funding scope, or any). */
export function statedFact(disclosure: Disclosure, kind: SubjectKind, scope?: FundScope): Fen | null {
  const matches = (fact: NarrativeFact) => fact.subject.kind === kind && fact.amount !== null && (scope === undefined || fact.subject.scope === scope);
  return disclosure.facts.find(matches)?.amount ?? null;
}
