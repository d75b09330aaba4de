/** Which table cell a narrative subject names (matched by subject, never by "some number in the row"). */
import type { Fen, MeasureUnit } from '../../model/amount';
import type { Disclosure, FundScope, Measure, NarrativeFact, ParsedTable, Subject, SubjectKind, TableId, TableRow } from '../../model/disclosure';
import type { SourceRef } from '../../model/source';
import { cellLabel, tableLabel } from './format';
import { sangongView, type SangongItem } from './sangong';
import { findTable, incomeRow, rowByCode, totalRow } from './tables';
import { figure, functionFigure, inTable, personnelPublic, spendingPart } from './subject-tables';

export interface TableFigure {
  value: Fen;
  label: string;
  unit: MeasureUnit;
  source: SourceRef | undefined;
}

/** `missing-row`: the table is there but has no such row (a stated 0 is then fine). */
export type Resolution = { ok: true; figure: TableFigure } | { ok: false; reason: 'no-table' | 'missing-row' | 'unsupported'; table?: ParsedTable };

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

const SANGONG: Partial<Record<SubjectKind, SangongItem>> = {
  sangong_total: 'sangong_total', sangong_outbound: 'outbound', sangong_reception: 'reception',
  sangong_vehicle_total: 'vehicle_total', sangong_vehicle_purchase: 'vehicle_purchase', sangong_vehicle_operation: 'vehicle_operation'
};
const INCOME_KEYS = new Set<SubjectKind>(['general_budget', 'gov_fund', 'state_capital', 'carryover', 'fiscal_special', 'unit_funds']);

/** The table figure a narrative subject states, or why there is none. */
export function resolveSubject(d: Disclosure, subject: Subject): Resolution {
  const { kind, scope } = subject;
  if (kind === 'income_total') return inTable(d, 't1', (t) => rowByCode(t, 'income_total', 'income'), 'total');
  if (kind === 'expenditure_total') {
    const r = inTable(d, 't1', (t) => rowByCode(t, 'expenditure_total', 'expenditure'), 'total');
    return r.ok ? r : inTable(d, 't3', totalRow, 'total');
  }
  // 财政拨款收入: this year's (本年收入合计 where the table also prints 年初结转).
  if (kind === 'appropriation') return inTable(d, 't4', (t) => rowByCode(t, 'appropriation', 'income') ?? rowByCode(t, 'current_income', 'income') ?? rowByCode(t, 'income_total', 'income'), 'total');
  if (INCOME_KEYS.has(kind)) {
    const r = inTable(d, 't1', (t) => incomeRow(d, 't1', kind) ?? rowByCode(t, kind, 'income'), 'total');
    return r.ok || kind === 'carryover' ? r : inTable(d, 't4', (t) => rowByCode(t, kind, 'income'), 'total');
  }
  if (kind === 'basic' || kind === 'project' || kind === 'reserve') return spendingPart(d, kind, scope);
  if (kind === 'personnel' || kind === 'public_funds') return personnelPublic(d, kind, scope);
  if (kind === 'function') {
    if (!subject.code) return { ok: false, reason: 'unsupported' };
    return functionFigure(d, subject.code, scope);
  }
  if (kind === 'economic') return subject.code ? inTable(d, 't6', (t) => rowByCode(t, subject.code!), 'total') : { ok: false, reason: 'unsupported' };
  const item = SANGONG[kind];
  if (item) {
    const view = sangongView(d);
    const table = findTable(d, 't10');
    if (!table) return { ok: false, reason: 'no-table' };
    if (!view) return figure(table, undefined, 'total');
    const cell = view.item(item);
    return cell ? figure(view.table, cell.row, cell.measure) : { ok: false, reason: 'missing-row', table };
  }
  return { ok: false, reason: 'unsupported' };
}

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

export function sameSubject(a: Subject, b: Subject): boolean {
  // A funding source (一般公共预算, 政府性基金…) is the same quantity whatever scope the sentence names.
  const sameScope = a.scope === b.scope || INCOME_KEYS.has(a.kind);
  if (a.kind !== b.kind || !sameScope || (a.code ?? null) !== (b.code ?? null)) return false;
  // A class stated without its code (说明 lists items by name) is the same only by name.
  const named = (a.kind === 'function' || a.kind === 'economic') && !a.code;
  return !named || (a.name ?? null) === (b.name ?? null);
}
