/**
 * What a reader of the spreadsheet sees: a Chinese name per sheet and per column. The cells keep
 * the dataset's own values (stated / prior, present / missing …), as the CSV files do.
 */
import { COLUMNS, type Dataset } from '../normalise/rows';

export type DatasetColumn = (typeof COLUMNS)[keyof typeof COLUMNS][number];

/** Sheets in the order a reader wants them: the comparison first, provenance and rule runs last. */
export const SHEETS: readonly { file: keyof Dataset; name: string }[] = [
  { file: 'unit_summary', name: '单位汇总' },
  { file: 'lines', name: '金额明细' },
  { file: 'findings', name: '核对发现' },
  { file: 'tables', name: '表格清单' },
  { file: 'units', name: '公开文件' },
  { file: 'checks', name: '核对规则' }
];

/** One header per column name: a column means the same in every file it appears in. */
export const COLUMN_HEADERS: Record<DatasetColumn, string> = {
  unit_id: '单位代码',
  unit_name: '单位名称',
  name_variants: '名称其他写法',
  region: '区县',
  city: '地市',
  province: '省（区、市）',
  year: '年度',
  doc_kind: '预算/决算',
  doc_scope: '部门/单位',
  published_on: '公开日期',
  source_file: '来源文件',
  source_sha256: '来源文件 SHA-256',
  parse_warnings: '读取提示（条）',
  doc_id: '文件代码',
  table: '表号',
  title_as_printed: '表名（原文）',
  unit_of_measure: '原表金额单位',
  page: '页码',
  first_line: '起始行',
  last_line: '结束行',
  status: '状态',
  quality: '读取质量',
  quality_note: '读取质量说明',
  basis: '本年/上年（stated/prior）',
  classification: '分类',
  code: '科目编码',
  name: '项目名称',
  level: '层级',
  measure: '栏目',
  amount: '金额（万元）',
  source_line: '出处（文件:行）',
  box: 'PDF 位置（x0 y0 x1 y1）',
  certain: '读取可靠',
  income_total: '收入总计（万元）',
  appropriation: '财政拨款（万元）',
  general_budget: '一般公共预算拨款（万元）',
  gov_fund: '政府性基金预算拨款（万元）',
  state_capital: '国有资本经营预算拨款（万元）',
  carryover: '上年结转结余（万元）',
  expenditure_total: '支出总计（万元）',
  basic: '基本支出（万元）',
  project: '项目支出（万元）',
  personnel: '人员经费（万元）',
  public_funds: '公用经费（万元）',
  sangong_total: '“三公”经费合计（万元）',
  sangong_outbound: '因公出国（境）费（万元）',
  sangong_reception: '公务接待费（万元）',
  sangong_vehicle_total: '公务用车购置及运行费（万元）',
  sangong_vehicle_purchase: '公务用车购置费（万元）',
  sangong_vehicle_operation: '公务用车运行费（万元）',
  operating_costs: '机关运行经费（万元）',
  procurement_total: '政府采购（万元）',
  staff_quota: '编制数（人）',
  staff_actual: '实有人数（人）',
  staff_active: '在职（人）',
  staff_retired: '退休（人）',
  staff_retired_veteran: '离休（人）',
  vehicles: '车辆（辆）',
  rule_id: '核对规则',
  severity: '严重程度',
  message: '说明',
  expected: '应为',
  actual: '实为',
  source_lines: '出处',
  why: '未运行原因',
  findings: '发现数'
};
