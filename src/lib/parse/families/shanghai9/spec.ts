/**
 * Shanghai district disclosures: the 9-table 部门/单位 预算 (tables in 元, the “三公” table in
 * 万元) and the 9-table 部门决算 of the national template (../national-final.ts). Only titles and shapes are declared here; columns are read
 * from the printed headers.
 */
import { SANGONG_SUMS } from '../../../model/vocabulary';
import type { FamilySpec, TableSpec } from '../../grid/spec';
import { NATIONAL_FINAL } from '../national-final';

const FUNCTION_SUMS = [['total', ['basic', 'project']]] as const;

const BUDGET: TableSpec[] = [
  { id: 't1', name: '财务收支预算总表', titles: [/收支预算总表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: ['total'], sums: [['total', ['personnel', 'public', 'project']]], unit: '元' },
  { id: 't2', name: '收入预算总表', titles: [/收入预算总表$/], shape: 'coded', classification: 'function', columns: ['total', 'appropriation', 'business_income', 'operating_income', 'other_income'], sums: [['total', ['appropriation', 'business_income', 'operating_income', 'other_income']]], unit: '元' },
  { id: 't3', name: '支出预算总表', titles: [/支出预算总表$/], shape: 'coded', classification: 'function', columns: ['total', 'basic', 'project'], sums: FUNCTION_SUMS, unit: '元' },
  { id: 't4', name: '财政拨款收支预算总表', titles: [/财政拨款收支预算总表$/], shape: 'sided', sides: ['income', 'expenditure'], columns: ['total', 'general_budget', 'gov_fund', 'state_capital'], sums: [['total', ['general_budget', 'gov_fund', 'state_capital']]], unit: '元' },
  { id: 't5', name: '一般公共预算支出功能分类预算表', titles: [/一般公共预算支出功能分类预算表$/, /一般公共预算支出预算表$/], shape: 'coded', classification: 'function', columns: ['total', 'basic', 'project'], sums: FUNCTION_SUMS, unit: '元' },
  { id: 't8', name: '政府性基金预算支出功能分类预算表', titles: [/政府性基金预算支出(功能分类)?预算表$/], shape: 'coded', classification: 'function', columns: ['total', 'basic', 'project'], sums: FUNCTION_SUMS, unit: '元' },
  { id: 't9', name: '国有资本经营预算支出功能分类预算表', titles: [/国有资本经营预算支出(功能分类)?预算表$/], shape: 'coded', classification: 'function', columns: ['total', 'basic', 'project'], sums: FUNCTION_SUMS, unit: '元' },
  { id: 't6', name: '一般公共预算基本支出部门预算经济分类预算表', titles: [/一般公共预算基本支出.*经济分类预算表$/, /一般公共预算基本支出预算表$/], shape: 'coded', classification: 'economic', columns: ['total', 'personnel', 'public'], sums: [['total', ['personnel', 'public']]], unit: '元' },
  { id: 't10', name: '“三公”经费和机关运行经费预算表', titles: [/三公经费(和机关运行经费)?(财政拨款)?预算表$/, /三公经费.*预算表$/], shape: 'items', itemsAsColumns: true, itemColumns: ['sangong_total', 'outbound', 'reception', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'operating_costs'], columns: ['total'], sums: SANGONG_SUMS, unit: '万元' }
];


export const SHANGHAI9: FamilySpec = {
  id: 'shanghai9',
  label: '上海区级部门预算/决算（9张表）',
  sets: [
    { kind: '预算', tables: BUDGET },
    { kind: '决算', tables: NATIONAL_FINAL }
  ],
  markers: [/上海市/, /编制(部门|单位)[:：]/, /^类款项$/]
};
