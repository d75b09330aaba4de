/** How a narrative subject is named in messages, and the arithmetic of its stated change. */
import type { Fen } from '../../model/amount';
import type { FundScope, NarrativeFact, Subject, SubjectKind } from '../../model/disclosure';

export const KIND_NAMES: Record<SubjectKind, string> = {
  income_total: '收入总计', expenditure_total: '支出总计', appropriation: '财政拨款', general_budget: '一般公共预算',
  gov_fund: '政府性基金预算', state_capital: '国有资本经营预算', carryover: '上年结转', fiscal_special: '财政专户管理资金',
  unit_funds: '单位资金', basic: '基本支出', project: '项目支出', reserve: '单位预留机动经费', personnel: '人员经费',
  public_funds: '公用经费', function: '功能科目', economic: '经济科目', sangong_total: '“三公”经费',
  sangong_outbound: '因公出国（境）费', sangong_reception: '公务接待费', sangong_vehicle_total: '公务用车购置及运行费',
  sangong_vehicle_purchase: '公务用车购置费', sangong_vehicle_operation: '公务用车运行费', meeting: '会议费', training: '培训费',
  operating_costs: '机关运行经费', procurement_total: '政府采购预算', procurement_goods: '政府采购货物预算',
  procurement_works: '政府采购工程预算', procurement_services: '政府采购服务预算', procurement_sme: '面向中小企业预留',
  procurement_small_micro: '面向小微企业预留', performance_projects: '绩效管理项目'
};

const SCOPE_NAMES: Record<FundScope, string> = { all: '', appropriation: '财政拨款', general_budget: '一般公共预算', gov_fund: '政府性基金', state_capital: '国有资本经营预算' };

export function subjectLabel(subject: Subject): string {
  const name = subject.kind === 'function' || subject.kind === 'economic' ? (subject.name ?? subject.code ?? KIND_NAMES[subject.kind]) : KIND_NAMES[subject.kind];
  const scope = SCOPE_NAMES[subject.scope];
  return scope && !name.startsWith(scope) ? `${scope}${name}` : name;
}

export function factLabel(fact: NarrativeFact): string {
  return `说明第 ${fact.source.line} 行“${subjectLabel(fact.subject)}”`;
}

const INCOME_KEYS = new Set<SubjectKind>(['general_budget', 'gov_fund', 'state_capital', 'carryover', 'fiscal_special', 'unit_funds']);

/** Prior-year value of a fact: stated directly, or amount ∓ change (change amounts are magnitudes). */
export function priorOf(fact: NarrativeFact): Fen | null {
  if (fact.statedPrior !== undefined) return fact.statedPrior;
  if (fact.amount === null || !fact.change || fact.change.amount === null) return null;
  const magnitude = Math.abs(fact.change.amount);
  if (fact.change.direction === 'flat') return fact.amount;
  return fact.change.direction === 'increase' ? fact.amount - magnitude : fact.amount + magnitude;
}

/** Signed change of a fact (this year − prior), or null. */
export function signedChange(fact: NarrativeFact): Fen | null {
  if (!fact.change || fact.change.amount === null) return null;
  const magnitude = Math.abs(fact.change.amount);
  return fact.change.direction === 'decrease' ? -magnitude : fact.change.direction === 'flat' ? 0 : magnitude;
}

/**
 * Two facts state the same quantity exactly when their keys are equal: same kind, code and scope
 * (a funding source — 一般公共预算, 政府性基金… — is the same whatever scope the sentence names),
 * and, for a class stated without its code (说明 lists items by name), the same name.
 */
export function subjectKey(s: Subject): string {
  const named = (s.kind === 'function' || s.kind === 'economic') && !s.code;
  return JSON.stringify([s.kind, INCOME_KEYS.has(s.kind) ? '*' : (s.scope ?? null), s.code ?? null, named ? (s.name ?? null) : null]);
}
