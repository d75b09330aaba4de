/**
 * County 部门/单位预算 of the seed kind (Xinjiang 2023: 表1…表10, all in 万元, headers printed as
 * vertical single characters, so columns are declared here and figures placed by the tables'
 * arithmetic).
 */
import type { FamilySpec, TableSpec } from '../../grid/spec';

const BASIC_PROJECT = ['total', 'basic', 'project'] as const;
const BASIC_PROJECT_SUMS = [['total', ['basic', 'project']]] as const;
const BY_SOURCE = ['total', 'general_budget', 'gov_fund', 'state_capital'] as const;
const BY_SOURCE_SUMS = [['total', ['general_budget', 'gov_fund', 'state_capital']]] as const;

const TABLES: TableSpec[] = [
  { id: 't1', name: '表1', titles: [/收支(预算)?总体情况表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: ['total'], unit: '万元' },
  {
    id: 't2',
    name: '表2',
    titles: [/收入(预算)?总体情况表$/],
    shape: 'coded',
    classification: 'function',
    columns: ['total', 'appropriation', 'general_budget', 'general_budget_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer', 'fiscal_special', 'unit_funds', 'carryover', 'non_appropriation_carryover'],
    sums: [
      ['total', ['appropriation', 'fiscal_special', 'unit_funds', 'carryover', 'non_appropriation_carryover']],
      ['appropriation', ['general_budget', 'general_budget_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer']]
    ],
    unit: '万元'
  },
  { id: 't3', name: '表3', titles: [/支出(预算)?总体情况表$/], shape: 'coded', classification: 'function', columns: BASIC_PROJECT, sums: BASIC_PROJECT_SUMS, unit: '万元' },
  { id: 't4', name: '表4', titles: [/财政拨款收支(预算)?总体情况表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: BY_SOURCE, sums: BY_SOURCE_SUMS, unit: '万元' },
  { id: 't5', name: '表5', titles: [/一般公共预算支出(预算)?情况表$/], shape: 'coded', classification: 'function', columns: BASIC_PROJECT, sums: BASIC_PROJECT_SUMS, unit: '万元' },
  { id: 't6', name: '表6', titles: [/一般公共预算基本支出(预算)?情况表$/], shape: 'coded', classification: 'economic', columns: ['total', 'personnel', 'public'], sums: [['total', ['personnel', 'public']]], unit: '万元' },
  {
    id: 't7',
    name: '表7',
    titles: [/一般公共预算项目支出(预算)?情况表$/],
    shape: 'projects',
    classification: 'function',
    columns: ['total', 'econ_301', 'econ_302', 'econ_303', 'econ_307', 'econ_309', 'econ_310', 'econ_311', 'econ_312', 'econ_313', 'econ_399'],
    unit: '万元'
  },
  { id: 't8', name: '表8', titles: [/政府性基金预算支出(预算)?情况表$/], shape: 'coded', classification: 'function', columns: BASIC_PROJECT, sums: BASIC_PROJECT_SUMS, unit: '万元' },
  { id: 't9', name: '表9', titles: [/国有资本经营预算支出(预算)?情况表$/], shape: 'coded', classification: 'function', columns: BASIC_PROJECT, sums: BASIC_PROJECT_SUMS, unit: '万元' },
  { id: 't10', name: '表10', titles: [/三公经费支出(预算)?情况表$/], shape: 'items', columns: BY_SOURCE, sums: BY_SOURCE_SUMS, unit: '万元' }
];

export const SEED10: FamilySpec = {
  id: 'seed10',
  label: '县级部门/单位预算（10张表）',
  sets: [{ kind: '预算', tables: TABLES }],
  markers: [/^表\s*\d{1,2}$/, /总体情况表$/, /编制单位[:：]/]
};
