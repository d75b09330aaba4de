/**
 * Shanghai 决算 (final accounts) tables that differ from the 预算 ones: balance columns
 * (年初结转和结余 / 本年收入 / 本年支出 / 年末结转和结余), 三公 as 预算数/决算数 pairs (the 决算数 is
 * the stated figure; 预算数 goes to budget_*), and the basic-expenditure table printed as two
 * halves side by side (人员经费 | 公用经费) whose rows interleave.
 */
import type { ColumnSpecWithSide } from '../../layout/reader';
import type { TableSpec } from './schema';

const BALANCE: ColumnSpecWithSide[] = [
  { key: 'carryover', label: /^年初结转和结余$/ },
  { key: 'current_income', label: /^本年收入$/ },
  { key: 'total', label: /^(小计|合计)$/, under: [/^本年支出$/] },
  { key: 'basic', label: /^基本支出$/ },
  { key: 'project', label: /^项目支出$/ },
  { key: 'closing_carryover', label: /^年末结转和结余$/ }
];

/**
 * The pairs are matched in the template's printed order. Centred group labels (合计, 因公出国…)
 * are too narrow to tell which pair sits under which, so the order is what identifies them.
 */
const SANGONG_GROUPS = ['total', 'outbound', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'reception'];

const SANGONG_PAIRS: ColumnSpecWithSide[] = SANGONG_GROUPS.flatMap((key) => [
  { key: `budget_${key}`, label: /^预算数$/ },
  { key, label: /^决算数$/ }
]);

export const DECISION_TABLES: readonly TableSpec[] = [
  {
    id: 't5',
    familyTableId: '一般公共预算财政拨款支出决算表',
    title: /一般公共预算财政拨款支出决算表/,
    kind: 'function',
    columns: [
      { key: 'total', label: /^(合计|小计)$/ },
      { key: 'basic', label: /^基本支出$/ },
      { key: 'project', label: /^项目支出$/ }
    ],
    sums: [['total', ['basic', 'project']]]
  },
  {
    id: 't6',
    familyTableId: '一般公共预算财政拨款基本支出决算表',
    title: /一般公共预算财政拨款基本支出决算表/,
    kind: 'economic-two-sided',
    columns: [
      { key: 'personnel', label: /^决算数$/, under: [/^人员经费$/], side: 0 },
      { key: 'public', label: /^决算数$/, under: [/^公用经费$/], side: 1 }
    ],
    sums: []
  },
  {
    id: 't8',
    familyTableId: '政府性基金预算财政拨款收入支出决算表',
    title: /政府性基金预算财政拨款收入支出决算表/,
    kind: 'function',
    columns: BALANCE,
    sums: [['total', ['basic', 'project']]]
  },
  {
    id: 't10',
    familyTableId: '“三公”经费决算表',
    title: /“?三公”?经费.*决算表/,
    kind: 'sangong',
    columns: SANGONG_PAIRS,
    sums: [
      ['total', ['outbound', 'reception', 'vehicle_total']],
      ['vehicle_total', ['vehicle_purchase', 'vehicle_operation']],
      ['budget_total', ['budget_outbound', 'budget_reception', 'budget_vehicle_total']],
      ['budget_vehicle_total', ['budget_vehicle_purchase', 'budget_vehicle_operation']]
    ]
  }
];
