/**
 * The `prior` unit_summary row: the previous year's figures derived from the narrative's
 * comparisons ("基本支出 340.29 万元，比上年预算增加 7.67 万元" → 332.62). Only what the text
 * supports is filled; sums are derived only from parts that are all known.
 */
import type { Fen } from '../model/amount';
import type { Disclosure, FundScope, NarrativeFact, SubjectKind } from '../model/disclosure';
import type { SummaryAmount, SummaryCount } from './rows';

type Figures = Record<SummaryAmount, Fen | null> & Record<SummaryCount, number | null>;

/** Prior-year value of a fact: stated directly, or amount ∓ change. */
export function priorOf(fact: NarrativeFact): Fen | null {
  if (fact.statedPrior !== undefined) return fact.statedPrior;
  if (fact.amount === null || !fact.change || fact.change.amount === null) return null;
  const { direction, amount } = fact.change;
  if (direction === 'flat') return fact.amount;
  return direction === 'increase' ? fact.amount - amount : fact.amount + amount;
}

/** Which summary column a subject feeds, and the funding scopes that may feed it (first wins). */
export const COLUMN_OF: Partial<Record<SubjectKind, { column: SummaryAmount; scopes: FundScope[] }>> = {
  income_total: { column: 'income_total', scopes: ['all'] },
  expenditure_total: { column: 'expenditure_total', scopes: ['all'] },
  appropriation: { column: 'appropriation', scopes: ['all', 'appropriation'] },
  general_budget: { column: 'general_budget', scopes: ['all', 'appropriation', 'general_budget'] },
  gov_fund: { column: 'gov_fund', scopes: ['all', 'appropriation', 'gov_fund'] },
  state_capital: { column: 'state_capital', scopes: ['all', 'appropriation', 'state_capital'] },
  carryover: { column: 'carryover', scopes: ['all', 'appropriation'] },
  basic: { column: 'basic', scopes: ['all'] },
  project: { column: 'project', scopes: ['all'] },
  personnel: { column: 'personnel', scopes: ['all', 'general_budget', 'appropriation'] },
  public_funds: { column: 'public_funds', scopes: ['all', 'general_budget', 'appropriation'] },
  sangong_total: { column: 'sangong_total', scopes: ['all', 'appropriation', 'general_budget'] },
  sangong_outbound: { column: 'sangong_outbound', scopes: ['all', 'appropriation', 'general_budget'] },
  sangong_reception: { column: 'sangong_reception', scopes: ['all', 'appropriation', 'general_budget'] },
  sangong_vehicle_total: { column: 'sangong_vehicle_total', scopes: ['all', 'appropriation', 'general_budget'] },
  sangong_vehicle_purchase: { column: 'sangong_vehicle_purchase', scopes: ['all', 'appropriation', 'general_budget'] },
  sangong_vehicle_operation: { column: 'sangong_vehicle_operation', scopes: ['all', 'appropriation', 'general_budget'] },
  operating_costs: { column: 'operating_costs', scopes: ['all', 'appropriation', 'general_budget'] },
  procurement_total: { column: 'procurement_total', scopes: ['all'] }
};

export function priorFigures(disclosure: Disclosure): Figures | null {
  const figures = emptyFigures();
  let any = false;
  for (const [kind, target] of Object.entries(COLUMN_OF) as [SubjectKind, { column: SummaryAmount; scopes: FundScope[] }][]) {
    for (const scope of target.scopes) {
      const fact = disclosure.facts.find((candidate) => candidate.subject.kind === kind && candidate.subject.scope === scope && priorOf(candidate) !== null);
      if (fact) {
        figures[target.column] = priorOf(fact);
        any = true;
        break;
      }
    }
  }
  deriveSum(figures, 'sangong_vehicle_total', ['sangong_vehicle_purchase', 'sangong_vehicle_operation']);
  deriveSum(figures, 'sangong_total', ['sangong_outbound', 'sangong_reception', 'sangong_vehicle_total']);
  // 基本 + 项目 is the whole expenditure only where the template has no 单位预留机动经费 (Jiangsu has).
  if (!disclosure.tables.some((table) => table.columns.includes('reserve'))) deriveSum(figures, 'expenditure_total', ['basic', 'project']);
  const { staff } = disclosure;
  figures.staff_active = minus(staff.active, staff.activeChange);
  figures.staff_retired = minus(staff.retired, staff.retiredChange);
  figures.staff_retired_veteran = minus(staff.retiredVeteran, staff.retiredVeteranChange);
  if (figures.staff_active !== null && figures.staff_retired !== null && figures.staff_retired_veteran !== null) {
    figures.staff_actual = figures.staff_active + figures.staff_retired + figures.staff_retired_veteran;
  }
  any ||= figures.staff_active !== null || figures.staff_retired !== null || figures.staff_retired_veteran !== null;
  return any ? figures : null;
}

function deriveSum(figures: Figures, total: SummaryAmount, parts: SummaryAmount[]): void {
  if (figures[total] !== null) return;
  const values = parts.map((part) => figures[part]);
  if (values.every((value) => value !== null)) figures[total] = values.reduce<number>((sum, value) => sum + value!, 0);
}

function minus(value: number | null, change: number | null): number | null {
  return value === null || change === null ? null : value - change;
}

function emptyFigures(): Figures {
  return {
    income_total: null, appropriation: null, general_budget: null, gov_fund: null, state_capital: null, carryover: null,
    expenditure_total: null, basic: null, project: null, personnel: null, public_funds: null, sangong_total: null,
    sangong_outbound: null, sangong_reception: null, sangong_vehicle_total: null, sangong_vehicle_purchase: null,
    sangong_vehicle_operation: null, operating_costs: null, procurement_total: null, staff_quota: null, staff_actual: null,
    staff_active: null, staff_retired: null, staff_retired_veteran: null, vehicles: null
  };
}
