/**
 * The Jiangsu provincial 12-table 预算 set and how each table maps onto the seed numbering.
 *
 * Layouts: 2018+ labels "公开01表"…"公开12表"; 2017 labels "表一"…"表十二" on their own line
 * (05), or "一、"…"十二、" inside long titles with the year and unit (06). The 2017 order puts
 * 政府性基金 at 七, 机关运行经费 at 十, 三公 at 十一; labels are kept as printed
 * (familyTableId) and tables are identified by their title, never by their number.
 *
 * Row model (TableRow), chosen for this family:
 * - t1 收支预算总表 (three-sided):
 *   income side: classification 'income', code = income key (INCOME_KEYS), values.total;
 *   function side: classification 'function', code = 3-digit class code when the class name is
 *   a standard one (FUNCTION_CLASSES), level 1, values.total (an empty printed class is 0);
 *   use side (支出用途): classification 'other', code 'basic' | 'project' | 'reserve', and the
 *   figure under the measure of the same name (values.basic …);
 *   footer rows (当年收入小计, 上年结转资金, 收入合计, 当年支出小计, 结转下年资金, 支出合计):
 *   classification 'total', code = footer key, values.total, side income/expenditure.
 * - t4 财政拨款收支预算总表: the same two sides (income | use), 财政拨款 only.
 * - t2 收入预算总表 (a vertical list in this family): one total row (收入总计) whose values
 *   are the group 小计 under the columns total/general_budget/gov_fund/fiscal_special/
 *   unit_funds/carryover, then one 'income' row per printed sub-item (code = group key,
 *   level 2, the figure under the group's measure).
 * - t3 支出预算总表: one total row, columns total/basic/project/reserve/carryover_next.
 * - single-amount tables (t5, t8, appropriation_expenditure, appropriation_basic, t6,
 *   operating_costs): the 合计 row (level 0, classification 'total') and one row per code,
 *   values.total. The Jiangsu t6 prints no 人员经费/公用经费 columns; see basicSplit().
 * - t10 三公: one row, classification 'sangong'; total = the “三公” 合计 alone, grand_total =
 *   the 合计 that also includes 会议费 and 培训费.
 * - procurement: classification 'other'; level 0 合计, 1 category (code A/B/C), 2 project
 *   line (专项名称/经济科目), 3 item (采购物品/组织形式); values.total.
 */
import type { Classification, Measure, TableId } from '../../../model/disclosure';

export type TableKind = 'summary3' | 'summary2' | 'income' | 'expenditure' | 'coded' | 'sangong' | 'procurement';

export interface TableSpec {
  id: TableId;
  kind: TableKind;
  /** Matched against the title with whitespace removed; first match wins (order matters). */
  title: RegExp;
  columns: Measure[];
  /** Row classification of coded tables. */
  classification?: Classification;
}

export const SPECS: TableSpec[] = [
  { id: 'procurement', kind: 'procurement', title: /政府采购(支出)?预算表/, columns: ['total'] },
  {
    id: 't10',
    kind: 'sangong',
    title: /三公.{0,3}经费.*(会议费|培训费).*表/,
    columns: ['grand_total', 'total', 'outbound', 'vehicle_total', 'vehicle_purchase', 'vehicle_operation', 'reception', 'meeting', 'training']
  },
  { id: 'operating_costs', kind: 'coded', title: /机关运行经费支出预算表/, columns: ['total'], classification: 'economic' },
  { id: 't8', kind: 'coded', title: /政府性基金(财政拨款)?支出预算表/, columns: ['total'], classification: 'function' },
  { id: 't6', kind: 'coded', title: /一般公共预算基本支出预算表/, columns: ['total'], classification: 'economic' },
  { id: 't5', kind: 'coded', title: /一般公共预算支出预算表/, columns: ['total'], classification: 'function' },
  { id: 'appropriation_basic', kind: 'coded', title: /财政拨款基本支出预算表/, columns: ['total'], classification: 'economic' },
  { id: 'appropriation_expenditure', kind: 'coded', title: /财政拨款支出预算表/, columns: ['total'], classification: 'function' },
  { id: 't4', kind: 'summary2', title: /财政拨款收支预算总表/, columns: ['total'] },
  { id: 't3', kind: 'expenditure', title: /支出预算总表/, columns: ['total', 'basic', 'project', 'reserve', 'carryover_next'] },
  {
    id: 't2',
    kind: 'income',
    title: /收入预算总表/,
    columns: ['total', 'general_budget', 'gov_fund', 'fiscal_special', 'unit_funds', 'carryover']
  },
  { id: 't1', kind: 'summary3', title: /收支预算总表/, columns: ['total'] }
];

/** The twelve tables every document of the family should have, in 公开01…12 order. */
export const EXPECTED: TableId[] = [
  't1', 't2', 't3', 't4', 'appropriation_expenditure', 'appropriation_basic',
  't5', 't6', 't10', 't8', 'operating_costs', 'procurement'
];

export function specForTitle(compactTitle: string): TableSpec | null {
  return SPECS.find((spec) => spec.title.test(compactTitle)) ?? null;
}

/** Income rows of 收支预算总表 / 财政拨款收支预算总表 (code → printed-name pattern). */
export const INCOME_KEYS: [string, RegExp][] = [
  ['appropriation', /^财政拨款/],
  ['general_budget', /^一般公共预/],
  ['gov_fund', /^政府性基金/],
  ['fiscal_special', /^财政.?专户管理/],
  ['unit_funds', /^其他资金/]
];

export const USE_KEYS: [Measure, RegExp][] = [
  ['basic', /^基本支出/],
  ['project', /^项目支出/],
  ['reserve', /^单位预留/]
];

/** Footer rows, matched by name; they span the sides, so their figure follows their label. */
export const FOOTER_KEYS: [string, RegExp, 'income' | 'expenditure'][] = [
  ['income_current', /^当年收入小计/, 'income'],
  ['carryover', /^上年结转/, 'income'],
  ['income_total', /^收入(合计|总计)/, 'income'],
  ['expenditure_current', /^当年支出小计/, 'expenditure'],
  ['carryover_next', /^结转下年/, 'expenditure'],
  ['expenditure_total', /^支出(合计|总计)/, 'expenditure']
];

/** Groups of 收入预算总表, in printed order, with the measure their 小计 fills. */
export const INCOME_GROUPS: [Measure, RegExp][] = [
  ['general_budget', /^一般公共预算资金$/],
  ['gov_fund', /^政府性基金(预算)?(资金)?$/],
  ['fiscal_special', /^财政.?专户管理资金$/],
  ['unit_funds', /^其他资金$/],
  ['carryover', /^上年结转(和结余)?资金$/]
];

/** 功能分类 classes (类) as named in the 2017–2018 subject catalogue. */
export const FUNCTION_CLASSES: [string, string][] = [
  ['201', '一般公共服务支出'], ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'],
  ['205', '教育支出'], ['206', '科学技术支出'], ['207', '文化体育与传媒支出'], ['208', '社会保障和就业支出'],
  ['210', '医疗卫生与计划生育支出'], ['211', '节能环保支出'], ['212', '城乡社区支出'], ['213', '农林水支出'],
  ['214', '交通运输支出'], ['215', '资源勘探信息等支出'], ['216', '商业服务业等支出'], ['217', '金融支出'],
  ['220', '国土海洋气象等支出'], ['221', '住房保障支出'], ['222', '粮油物资储备支出'], ['229', '其他支出']
];

export function functionClassCode(name: string): string | null {
  return FUNCTION_CLASSES.find(([, label]) => label === name)?.[0] ?? null;
}
