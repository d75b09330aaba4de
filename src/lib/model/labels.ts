/** How tables, rows and cells are named in messages and figure labels (Chinese). */
import type { Measure, ParsedTable, TableId, TableRow } from './disclosure';

const TABLE_NAMES: Partial<Record<TableId, string>> = {
  t1: '收支总体情况表',
  t2: '收入总体情况表',
  t3: '支出总体情况表',
  t4: '财政拨款收支总体情况表',
  t5: '一般公共预算支出情况表',
  t6: '一般公共预算基本支出情况表',
  t7: '一般公共预算项目支出情况表',
  t8: '政府性基金预算支出情况表',
  t9: '国有资本经营预算支出情况表',
  t10: '财政拨款“三公”经费支出情况表'
};

export function tableLabel(table: ParsedTable | undefined, fallback?: TableId): string {
  if (!table) return TABLE_NAMES[fallback ?? 'unknown'] ?? String(fallback ?? '表');
  const title = table.titleAsPrinted || TABLE_NAMES[table.id] || table.id;
  return table.familyTableId ? `${table.familyTableId}《${title}》` : `《${title}》`;
}

const MEASURE_NAMES: Partial<Record<Measure, string>> = {
  total: '合计',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  public: '公用经费',
  appropriation: '财政拨款小计',
  general_budget: '一般公共预算',
  gov_fund: '政府性基金预算',
  state_capital: '国有资本经营预算',
  fiscal_special: '财政专户',
  unit_funds: '单位资金',
  carryover: '财政拨款结转',
  non_appropriation_carryover: '非财政拨款结转结余',
  outbound: '因公出国（境）费',
  reception: '公务接待费',
  vehicle_total: '公务用车购置及运行费',
  vehicle_purchase: '公务用车购置费',
  vehicle_operation: '公务用车运行费'
};

export function measureLabel(measure: Measure): string {
  return MEASURE_NAMES[measure] ?? measure;
}

export function rowLabel(row: TableRow): string {
  const code = row.code && /^\d+$/.test(row.code) ? `${row.code} ` : '';
  return `${code}${row.name}`.trim() || '（无名行）';
}

/** "表3《…》 201 一般公共服务支出 基本支出" */
export function cellLabel(table: ParsedTable | undefined, row: TableRow, measure: Measure): string {
  return `${tableLabel(table)} “${rowLabel(row)}” ${measureLabel(measure)}`;
}
