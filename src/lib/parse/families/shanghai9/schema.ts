/**
 * The Shanghai district tables: title aliases, header words of each column and the sums a row
 * obeys (used only to settle figures whose position is ambiguous). 预算 (9 tables) and 决算.
 */
import type { Measure, TableId } from '../../../model/disclosure';
import type { ColumnSpecWithSide } from '../../layout/reader';

export type RowKind = 'function' | 'economic' | 'summary' | 'sangong' | 'economic-two-sided';

export interface TableSpec {
  id: TableId;
  familyTableId: string;
  title: RegExp;
  kind: RowKind;
  columns: ColumnSpecWithSide[];
  /** Row sums: [total, parts] over column keys (blank = 0). */
  sums: [string, string[]][];
}

const FUNCTION_BASIC_PROJECT: ColumnSpecWithSide[] = [
  { key: 'total', label: /^(合计|小计)$/ },
  { key: 'basic', label: /^基本支出$/ },
  { key: 'project', label: /^项目支出$/ }
];

/** Two-sided summary: income name | amount ‖ expenditure name | amounts. */
const SUMMARY_INCOME: ColumnSpecWithSide[] = [
  { key: 'income_label', label: /^项目$/, labelColumn: true, side: 0 },
  { key: 'income', label: /^(预算数|金额|决算数)$/, side: 0 },
  { key: 'expenditure_label', label: /^项目$/, labelColumn: true, side: 1 }
];

export const BUDGET_TABLES: readonly TableSpec[] = [
  {
    id: 't1',
    familyTableId: '1',
    title: /财务收支预算总表/,
    kind: 'summary',
    columns: [
      ...SUMMARY_INCOME,
      { key: 'total', label: /^(预算数|合计)$/, side: 1 },
      { key: 'personnel', label: /^人员经费$/, optional: true, side: 1 },
      { key: 'public', label: /^公用经费$/, optional: true, side: 1 },
      { key: 'project', label: /^项目支出$/, optional: true, side: 1 }
    ],
    sums: [['total', ['personnel', 'public', 'project']]]
  },
  {
    id: 't2',
    familyTableId: '2',
    title: /收入预算总表/,
    kind: 'function',
    columns: [
      { key: 'total', label: /^合计$/ },
      { key: 'appropriation', label: /^财政拨款(收入)?$/ },
      { key: 'business_income', label: /^事业收入$/ },
      { key: 'operating_income', label: /^事业单位经营收入$/ },
      { key: 'other_income', label: /^其他收入$/ }
    ],
    sums: [['total', ['appropriation', 'business_income', 'operating_income', 'other_income']]]
  },
  { id: 't3', familyTableId: '3', title: /(?<!收)支出预算总表/, kind: 'function', columns: FUNCTION_BASIC_PROJECT, sums: [['total', ['basic', 'project']]] },
  {
    id: 't4',
    familyTableId: '4',
    title: /财政拨款收支预算总表/,
    kind: 'summary',
    columns: [
      ...SUMMARY_INCOME,
      { key: 'total', label: /^合计$/, side: 1 },
      { key: 'general_budget', label: /^一般公共预算$/, side: 1 },
      { key: 'gov_fund', label: /^政府性基金预算$/, side: 1 },
      { key: 'state_capital', label: /^国有资本经营预算$/, side: 1 }
    ],
    sums: [['total', ['general_budget', 'gov_fund', 'state_capital']]]
  },
  { id: 't5', familyTableId: '5', title: /一般公共预算支出功能分类预算表/, kind: 'function', columns: FUNCTION_BASIC_PROJECT, sums: [['total', ['basic', 'project']]] },
  { id: 't8', familyTableId: '6', title: /政府性基金预算支出功能分类预算表/, kind: 'function', columns: FUNCTION_BASIC_PROJECT, sums: [['total', ['basic', 'project']]] },
  { id: 't9', familyTableId: '7', title: /国有资本经营预算支出功能分类预算表/, kind: 'function', columns: FUNCTION_BASIC_PROJECT, sums: [['total', ['basic', 'project']]] },
  {
    id: 't6',
    familyTableId: '8',
    title: /一般公共预算基本支出.*经济分类预算表/,
    kind: 'economic',
    columns: [
      { key: 'total', label: /^合计$/ },
      { key: 'personnel', label: /^人员经费$/ },
      { key: 'public', label: /^公用经费$/ }
    ],
    sums: [['total', ['personnel', 'public']]]
  },
  {
    id: 't10',
    familyTableId: '9',
    title: /“?三公”?经费和机关运行经费预算表/,
    kind: 'sangong',
    columns: SANGONG_COLUMNS(''),
    sums: SANGONG_SUMS('')
  }
];

/** 三公 columns; in 决算 each is printed as a 预算数/决算数 pair (prefix 'budget_' for 预算数). */
function SANGONG_COLUMNS(prefix: string): ColumnSpecWithSide[] {
  return [
    { key: `${prefix}total`, label: /^合计$/ },
    { key: `${prefix}outbound`, label: /因公出国/ },
    { key: `${prefix}reception`, label: /^公务接待费$/ },
    { key: `${prefix}vehicle_total`, label: /^小计$/ },
    { key: `${prefix}vehicle_purchase`, label: /^(公务用车)?购置费$/ },
    { key: `${prefix}vehicle_operation`, label: /^(公务用车)?运行费$/ },
    { key: `${prefix}operating_costs`, label: /^机关运行经费/, optional: true }
  ];
}

function SANGONG_SUMS(prefix: string): [string, string[]][] {
  return [
    [`${prefix}total`, [`${prefix}outbound`, `${prefix}reception`, `${prefix}vehicle_total`]],
    [`${prefix}vehicle_total`, [`${prefix}vehicle_purchase`, `${prefix}vehicle_operation`]]
  ];
}

export const MEASURE_KEYS: ReadonlySet<string> = new Set<Measure>([
  'total', 'basic', 'project', 'personnel', 'public', 'appropriation', 'general_budget', 'gov_fund', 'state_capital',
  'business_income', 'operating_income', 'other_income', 'outbound', 'reception', 'vehicle_total', 'vehicle_purchase',
  'vehicle_operation', 'operating_costs'
]);
