/**
 * The seed 10-table template (Xinjiang 2023: 表1…表10, 万元): titles, columns in printed order,
 * row equations, and the stable keys of income rows and 三公 rows.
 */
import type { Measure, TableId } from '../../../model/disclosure';
import type { RowEquation } from '../../table/solver';
import type { TitleAlias } from '../../table/segment';

export type Seed10TableId = 't1' | 't2' | 't3' | 't4' | 't5' | 't6' | 't7' | 't8' | 't9' | 't10';

export const SEED10_TABLE_IDS: readonly Seed10TableId[] = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10'];

/** Order matters: the more specific titles first. */
export const SEED10_TITLES: readonly TitleAlias<Seed10TableId>[] = [
  { id: 't4', pattern: /财政拨款收支(预算)?总体情况表$/ },
  { id: 't1', pattern: /收支(预算)?总体情况表$/ },
  { id: 't2', pattern: /收入(预算)?总体情况表$/ },
  { id: 't3', pattern: /支出(预算)?总体情况表$/ },
  { id: 't6', pattern: /一般公共预算基本支出(预算)?情况表$/ },
  { id: 't7', pattern: /一般公共预算项目支出(预算)?情况表$/ },
  { id: 't5', pattern: /一般公共预算支出(预算)?情况表$/ },
  { id: 't8', pattern: /政府性基金预算支出(预算)?情况表$/ },
  { id: 't9', pattern: /国有资本经营预算支出(预算)?情况表$/ },
  { id: 't10', pattern: /"?三公"?经费支出(预算)?情况表$/ }
];

/** Titles as the template names them, for messages. */
export const SEED10_NAMES: Record<Seed10TableId, string> = {
  t1: '收支总体情况表',
  t2: '收入总体情况表',
  t3: '支出总体情况表',
  t4: '财政拨款收支预算总体情况表',
  t5: '一般公共预算支出情况表',
  t6: '一般公共预算基本支出情况表',
  t7: '一般公共预算项目支出情况表',
  t8: '政府性基金预算支出情况表',
  t9: '国有资本经营预算支出情况表',
  t10: '财政拨款“三公”经费支出情况表'
};

export const BASIC_PROJECT: readonly Measure[] = ['total', 'basic', 'project'];
export const BASIC_PROJECT_EQUATIONS: RowEquation<Measure>[] = [{ target: 'total', parts: ['basic', 'project'] }];

export const T2_COLUMNS: readonly Measure[] = [
  'total',
  'appropriation',
  'general_budget',
  'general_budget_transfer',
  'gov_fund',
  'gov_fund_transfer',
  'state_capital',
  'state_capital_transfer',
  'fiscal_special',
  'unit_funds',
  'carryover',
  'non_appropriation_carryover'
];
export const T2_EQUATIONS: RowEquation<Measure>[] = [
  { target: 'total', parts: ['appropriation', 'fiscal_special', 'unit_funds', 'carryover', 'non_appropriation_carryover'] },
  {
    target: 'appropriation',
    parts: ['general_budget', 'general_budget_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer']
  }
];

export const T6_COLUMNS: readonly Measure[] = ['total', 'personnel', 'public'];
export const T6_EQUATIONS: RowEquation<Measure>[] = [{ target: 'total', parts: ['personnel', 'public'] }];

/** t4 expenditure side and t10: total by funding source. */
export const BY_SOURCE: readonly Measure[] = ['total', 'general_budget', 'gov_fund', 'state_capital'];
export const BY_SOURCE_EQUATIONS: RowEquation<Measure>[] = [
  { target: 'total', parts: ['general_budget', 'gov_fund', 'state_capital'] }
];

export const T7_COLUMNS: readonly Measure[] = [
  'total',
  'econ_301',
  'econ_302',
  'econ_303',
  'econ_307',
  'econ_309',
  'econ_310',
  'econ_311',
  'econ_312',
  'econ_313',
  'econ_399'
];

/**
 * Stable keys of income rows (t1, t4), used as TableRow.code with classification 'income'.
 * Level: 0 total, 1 一、/二、, 2 numbered sources, 3 其中 sub-rows.
 */
export const INCOME_KEYS = {
  income_total: { name: '收入总计', level: 0 },
  current_income: { name: '一、本年收入', level: 1 },
  appropriation: { name: '一、财政拨款（补助）', level: 1 },
  general_budget: { name: '一般公共预算拨款', level: 2 },
  general_budget_own: { name: '其中：一般财力', level: 3 },
  general_budget_transfer: { name: '上级一般公共预算安排转移支付', level: 3 },
  gov_fund: { name: '基金预算拨款（政府性基金预算）', level: 2 },
  gov_fund_own: { name: '其中：政府性基金收入', level: 3 },
  gov_fund_transfer: { name: '上级政府性基金安排转移支付', level: 3 },
  state_capital: { name: '国有资本经营预算拨款', level: 2 },
  state_capital_own: { name: '其中：国有资本经营收入', level: 3 },
  state_capital_transfer: { name: '上级国有资本经营预算安排转移支付', level: 3 },
  fiscal_special: { name: '财政专户核拨', level: 2 },
  unit_funds: { name: '单位资金', level: 2 },
  business_income: { name: '其中：事业收入', level: 3 },
  superior_subsidy: { name: '上级补助收入', level: 3 },
  subsidiary_remittance: { name: '附属单位上缴收入', level: 3 },
  operating_income: { name: '事业单位经营收入', level: 3 },
  other_income: { name: '其他收入', level: 3 },
  carryover: { name: '二、上年结转结余', level: 1 },
  appropriation_carryover: { name: '财政拨款结转', level: 2 },
  carryover_general_budget: { name: '其中：一般公共预算拨款（结转）', level: 3 },
  carryover_gov_fund: { name: '基金预算拨款（结转）', level: 3 },
  carryover_state_capital: { name: '国有资本经营预算拨款（结转）', level: 3 },
  non_appropriation_carryover: { name: '非财政拨款结转结余', level: 2 },
  carryover_fiscal_special: { name: '其中：财政专户核拨（结转）', level: 3 },
  carryover_unit_funds: { name: '单位资金（结转）', level: 3 }
} as const satisfies Record<string, { name: string; level: number }>;

export type IncomeKey = keyof typeof INCOME_KEYS;

/** Expenditure-side total of t1/t4 (classification 'total'). */
export const EXPENDITURE_TOTAL_KEY = 'expenditure_total';

/** 三公 rows (t10, classification 'sangong'), with the alias each is printed as and its parent. */
export const SANGONG_KEYS = {
  sangong_total: { pattern: /^(合计|总计)$/, parent: null, level: 0 },
  outbound: { pattern: /因公出国\(境\)费/, parent: 'sangong_total', level: 1 },
  reception: { pattern: /公务接待费/, parent: 'sangong_total', level: 1 },
  vehicle_total: { pattern: /公务用车购置及运行(维护)?费/, parent: 'sangong_total', level: 1 },
  vehicle_purchase: { pattern: /公务用车购置费$/, parent: 'vehicle_total', level: 2 },
  vehicle_operation: { pattern: /公务用车运行(维护)?费$/, parent: 'vehicle_total', level: 2 }
} as const;

export type SangongKey = keyof typeof SANGONG_KEYS;

export function isSeed10Table(id: TableId): id is Seed10TableId {
  return (SEED10_TABLE_IDS as readonly string[]).includes(id);
}
