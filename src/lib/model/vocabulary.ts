/**
 * The one domain vocabulary: the words disclosures print for column headings and row labels,
 * mapped to the canonical measures and row keys every stage uses. Templates of every province
 * and year print these words; a template family only says which tables it has (parse/families).
 *
 * Labels are compared in their `wordForm`: no whitespace, brackets half-width, quotes removed,
 * 其它 → 其他.
 */
import type { Measure } from './disclosure';

/** Anything wordForm changes: most labels have none, and one scan is cheaper than five replaces. */
const NOT_WORD_FORM = /[\s（）“”"'‘’″＂]|其它/;

export function wordForm(text: string): string {
  if (!NOT_WORD_FORM.test(text)) return text;
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[“”"'‘’″＂]/g, '')
    .replace(/其它/g, '其他');
}

/** 功能分类 classes (类), each with the names it has carried over the years (current first). */
export const FUNCTION_CLASSES: readonly (readonly [code: string, names: readonly string[]])[] = [
  ['201', ['一般公共服务支出']],
  ['202', ['外交支出']],
  ['203', ['国防支出']],
  ['204', ['公共安全支出']],
  ['205', ['教育支出']],
  ['206', ['科学技术支出']],
  ['207', ['文化旅游体育与传媒支出', '文化体育与传媒支出']],
  ['208', ['社会保障和就业支出']],
  ['209', ['社会保险基金支出']],
  ['210', ['卫生健康支出', '医疗卫生与计划生育支出', '医疗卫生支出']],
  ['211', ['节能环保支出']],
  ['212', ['城乡社区支出']],
  ['213', ['农林水支出']],
  ['214', ['交通运输支出']],
  ['215', ['资源勘探工业信息等支出', '资源勘探信息等支出']],
  ['216', ['商业服务业等支出']],
  ['217', ['金融支出']],
  ['219', ['援助其他地区支出']],
  ['220', ['自然资源海洋气象等支出', '国土海洋气象等支出']],
  ['221', ['住房保障支出']],
  ['222', ['粮油物资储备支出']],
  ['223', ['国有资本经营预算支出']],
  ['224', ['灾害防治及应急管理支出']],
  ['227', ['预备费']],
  ['229', ['其他支出']],
  ['230', ['转移性支出']],
  ['231', ['债务还本支出']],
  ['232', ['债务付息支出']],
  ['233', ['债务发行费用支出']],
  ['234', ['抗疫特别国债安排的支出']]
];

const CLASS_BY_NAME = new Map(FUNCTION_CLASSES.flatMap(([code, names]) => names.map((name) => [name, code] as const)));

/** Every class name, current and former. */
export const FUNCTION_CLASS_NAMES: readonly string[] = FUNCTION_CLASSES.flatMap(([, names]) => names);

/** A printed class name ("一、公共安全支出", "十九、住房保障支出") → its code; null when it is no class name. */
export function functionClassCode(label: string): string | null {
  return CLASS_BY_NAME.get(wordForm(stripNumbering(label))) ?? null;
}

/** Leading row numbering: 一、 · 1. · 1、 · (一) · （1）. */
export function stripNumbering(label: string): string {
  return label.replace(/^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d)|[(（][一二三四五六七八九十\d]+[)）])\s*/, '');
}

/** 经济分类 classes whose sum is 人员经费 (the rest of 基本支出 is 公用经费). */
export const PERSONNEL_ECONOMIC_CLASSES: ReadonlySet<string> = new Set(['301', '303']);

// ——— Rows: keyed labels of summary, income and 三公 tables ———————————————————————————

export type RowSide = 'income' | 'expenditure';

/** Income-side rows of 收支总表 / 财政拨款收支总表: key → level (0 total, 1 一、…, 2 numbered, 3 其中). */
export const INCOME_KEYS = {
  income_total: 0,
  current_income: 1,
  appropriation: 1,
  general_budget: 2,
  general_budget_own: 3,
  general_budget_transfer: 3,
  gov_fund: 2,
  gov_fund_own: 3,
  gov_fund_transfer: 3,
  state_capital: 2,
  state_capital_own: 3,
  state_capital_transfer: 3,
  fiscal_special: 2,
  unit_funds: 2,
  business_income: 3,
  superior_subsidy: 3,
  subsidiary_remittance: 3,
  operating_income: 3,
  other_income: 3,
  unused_surplus: 1,
  carryover: 1,
  appropriation_carryover: 2,
  carryover_general_budget: 3,
  carryover_gov_fund: 3,
  carryover_state_capital: 3,
  non_appropriation_carryover: 2,
  carryover_fiscal_special: 3,
  carryover_unit_funds: 3
} as const satisfies Record<string, number>;

export type IncomeKey = keyof typeof INCOME_KEYS;

/** Funding sources as income rows name them (tested without numbering or 其中：). */
export const INCOME_SOURCES: readonly (readonly [RegExp, IncomeKey])[] = [
  [/^一般公共预算(财政拨款)?(拨款|收入|资金)?$/, 'general_budget'],
  [/^一般财力$/, 'general_budget_own'],
  [/^上级一般公共预算.*转移支付/, 'general_budget_transfer'],
  [/^(政府性)?基金预算(财政拨款)?(拨款|收入|资金)?$|^政府性基金(财政拨款)?(拨款|收入|资金)?$/, 'gov_fund'],
  [/^上级政府性基金.*转移支付/, 'gov_fund_transfer'],
  [/^国有资本经营(预算)?(财政拨款)?(拨款|收入|资金)?$/, 'state_capital'],
  [/^上级国有资本经营.*转移支付/, 'state_capital_transfer'],
  [/^财政(转)?专户/, 'fiscal_special'],
  [/^(单位资金|其他资金)$/, 'unit_funds'],
  [/^事业收入$/, 'business_income'],
  [/^上级补助收入$/, 'superior_subsidy'],
  [/^附属单位上缴收入$/, 'subsidiary_remittance'],
  [/^(事业单位)?经营收入$/, 'operating_income'],
  [/^其他收入$/, 'other_income']
];

/** Rows under the carry-over section (二、上年结转结余 / 年初结转和结余). */
export const CARRYOVER_ROWS: readonly (readonly [RegExp, IncomeKey])[] = [
  [/^财政拨款结转(结余)?$/, 'appropriation_carryover'],
  [/^非财政拨款结转(结余)?$/, 'non_appropriation_carryover'],
  [/^一般公共预算/, 'carryover_general_budget'],
  [/^(政府性)?基金预算|^政府性基金/, 'carryover_gov_fund'],
  [/^国有资本经营/, 'carryover_state_capital'],
  [/^财政(转)?专户/, 'carryover_fiscal_special'],
  [/^单位资金/, 'carryover_unit_funds']
];

/** The source's own part ("其中：政府性基金收入" under "2.基金预算拨款"). */
export const OWN_PART: Partial<Record<IncomeKey, IncomeKey>> = {
  general_budget: 'general_budget_own',
  gov_fund: 'gov_fund_own',
  state_capital: 'state_capital_own'
};

export interface RowWord {
  key: string;
  /** Tested against the label's wordForm with its numbering stripped. */
  pattern: RegExp;
  classification: 'total' | 'use';
  level: number;
}

/** Expenditure-side rows that are not function classes. */
export const EXPENDITURE_ROWS: readonly RowWord[] = [
  { key: 'expenditure_total', pattern: /^(支出总计|本年支出总计|支出合计总计|总计|支出合计)$/, classification: 'total', level: 0 },
  { key: 'current_expenditure', pattern: /^(本年支出合计|本年支出小计|当年支出小计|本年支出)$/, classification: 'total', level: 0 },
  { key: 'closing_carryover', pattern: /^(年末(财政拨款)?结转和结余|结转下年(资金)?)$/, classification: 'total', level: 1 },
  { key: 'surplus_distribution', pattern: /^结余分配$/, classification: 'total', level: 1 },
  { key: 'basic', pattern: /^基本支出$/, classification: 'use', level: 1 },
  { key: 'project', pattern: /^项目支出$/, classification: 'use', level: 1 },
  { key: 'reserve', pattern: /^单位预留机动经费$/, classification: 'use', level: 1 }
];

export function rowWord(words: readonly RowWord[], label: string): RowWord | null {
  const form = wordForm(stripNumbering(label)).replace(/^其中[:：]/, '');
  return words.find((word) => word.pattern.test(form)) ?? null;
}

/**
 * “三公” items (rows of the canonical t10), with the item each one is part of. 会议费/培训费 are
 * printed beside the 三公 in some templates; `all_total` is the 合计 that includes them.
 */
export const SANGONG_ITEMS = {
  all_total: { label: /^合计$/, parent: null, level: 0, name: '合计（含会议费、培训费）' },
  sangong_total: { label: /^(合计|总计|小计|三公经费(合计)?|财政拨款三公经费)$/, parent: 'all_total', level: 0, name: '“三公”经费合计' },
  outbound: { label: /因公出国\(境\)(费|经费)?/, parent: 'sangong_total', level: 1, name: '因公出国（境）费' },
  vehicle_total: { label: /公务用车购置及运行(维护)?费/, parent: 'sangong_total', level: 1, name: '公务用车购置及运行费' },
  vehicle_purchase: { label: /^(公务用车)?购置费$/, parent: 'vehicle_total', level: 2, name: '公务用车购置费' },
  vehicle_operation: { label: /^(公务用车)?运行(维护)?费$/, parent: 'vehicle_total', level: 2, name: '公务用车运行费' },
  reception: { label: /公务接待费/, parent: 'sangong_total', level: 1, name: '公务接待费' },
  meeting: { label: /^会议费$/, parent: 'all_total', level: 1, name: '会议费' },
  training: { label: /^培训费$/, parent: 'all_total', level: 1, name: '培训费' },
  operating_costs: { label: /^机关运行经费/, parent: null, level: 0, name: '机关运行经费' }
} as const satisfies Record<string, { label: RegExp; parent: string | null; level: number; name: string }>;

export type SangongItem = keyof typeof SANGONG_ITEMS;

/** How the “三公” items add up (a blank item counts as 0). */
export const SANGONG_SUMS: readonly (readonly [SangongItem, readonly SangongItem[]])[] = [
  ['sangong_total', ['outbound', 'vehicle_total', 'reception']],
  ['vehicle_total', ['vehicle_purchase', 'vehicle_operation']],
  ['all_total', ['sangong_total', 'meeting', 'training']]
];

export const SANGONG_ITEM_KEYS = Object.keys(SANGONG_ITEMS) as SangongItem[];

// ——— Columns: header words → measures ——————————————————————————————————————————

/** What a header label says about its column. */
export type HeaderMeaning =
  /** a figure column of this measure (or 三公 item, for tables printed with items as columns) */
  | { kind: 'measure'; measure: Measure | SangongItem }
  /** 合计 / 小计 / 金额 / 预算数 / 决算数: a figure column whose meaning comes from its group or neighbours */
  | { kind: 'generic'; word: 'total' | 'subtotal' | 'amount' | 'budget' | 'actual' }
  /** 项目 / 科目名称 / 科目编码 / 类 款 项: a column of row labels or codes */
  | { kind: 'label'; word: 'name' | 'code' | 'code-part' }
  /** a heading over other columns that adds no meaning (收入, 支出, 本年支出 …) */
  | { kind: 'group'; side?: RowSide; measure?: Measure };

interface HeaderWord {
  pattern: RegExp;
  meaning: HeaderMeaning;
}

const measure = (m: Measure | SangongItem): HeaderMeaning => ({ kind: 'measure', measure: m });

/** First match wins. Patterns see the label's wordForm. */
export const HEADER_WORDS: readonly HeaderWord[] = [
  // Row-label columns.
  { pattern: /^(项目|项目名称|科目名称|功能(分类)?科目名称|经济分类科目名称|功能科目名称|经济科目名称|预算科目|单位名称|项目\(单位\)名称)$/, meaning: { kind: 'label', word: 'name' } },
  { pattern: /^((支出)?功能分类|(部门预算)?经济分类)?(科目)?(编码|代码)$|^(支出)?功能(分类)?科目(编码|代码)$|^(部门预算)?经济分类科目(编码|代码)?$|^功能分类$|^经济分类$/, meaning: { kind: 'label', word: 'code' } },
  { pattern: /^(类|款|项|类款项)$/, meaning: { kind: 'label', word: 'code-part' } },
  // Generic amount words.
  { pattern: /^(合计|总计|本年收入合计|本年支出合计|收入预算合计)$/, meaning: { kind: 'generic', word: 'total' } },
  { pattern: /^小计$/, meaning: { kind: 'generic', word: 'subtotal' } },
  { pattern: /^(金额|预算金额|本年预算|收入预算|支出预算)$/, meaning: { kind: 'generic', word: 'amount' } },
  { pattern: /^(预算数|年初预算数|全年预算数|预算)$/, meaning: { kind: 'generic', word: 'budget' } },
  { pattern: /^(决算数|支出决算|执行数)$/, meaning: { kind: 'generic', word: 'actual' } },
  // Funding sources.
  { pattern: /^财政拨款(\(补助\))?(收入)?(小计)?$/, meaning: measure('appropriation') },
  { pattern: /^一般公共预算(财政拨款|拨款|资金|收入)?$/, meaning: measure('general_budget') },
  { pattern: /^上级一般公共预算安排的?转移支付$/, meaning: measure('general_budget_transfer') },
  { pattern: /^政府性基金(预算)?(财政拨款|拨款|资金|收入)?$|^基金预算拨款$/, meaning: measure('gov_fund') },
  { pattern: /^上级政府性基金(预算)?安排的?转移支付$/, meaning: measure('gov_fund_transfer') },
  { pattern: /^国有资本经营(预算)?(财政拨款|拨款|资金|收入)?$/, meaning: measure('state_capital') },
  { pattern: /^上级国有资本经营预算安排的?转移支付$/, meaning: measure('state_capital_transfer') },
  { pattern: /^财政(转)?专户(管理资金|核拨)?(\(教育收费\))?$/, meaning: measure('fiscal_special') },
  { pattern: /^(单位资金|其他资金)$/, meaning: measure('unit_funds') },
  { pattern: /^事业收入$/, meaning: measure('business_income') },
  { pattern: /^(事业单位)?经营收入$/, meaning: measure('operating_income') },
  { pattern: /^上级补助收入$/, meaning: measure('superior_subsidy') },
  { pattern: /^附属单位上缴收入$/, meaning: measure('subsidiary_remittance') },
  { pattern: /^其他收入$/, meaning: measure('other_income') },
  { pattern: /^(上年结转|财政拨款结转|上年结转资金|上年结转和结余资金)$/, meaning: measure('carryover') },
  { pattern: /^非财政拨款结转(结余)?$/, meaning: measure('non_appropriation_carryover') },
  { pattern: /^年初(财政拨款)?结转和结余$/, meaning: measure('carryover') },
  { pattern: /^本年收入$/, meaning: measure('current_income') },
  { pattern: /^年末(财政拨款)?结转和结余$|^结转下年(资金)?$/, meaning: measure('closing_carryover') },
  // Spending.
  { pattern: /^基本支出$/, meaning: measure('basic') },
  { pattern: /^项目支出$/, meaning: measure('project') },
  { pattern: /^单位预留机动经费$/, meaning: measure('reserve') },
  { pattern: /^人员经费$/, meaning: measure('personnel') },
  { pattern: /^公用经费$/, meaning: measure('public') },
  { pattern: /^上缴上级支出$/, meaning: measure('remittance_to_superior') },
  { pattern: /^经营支出$/, meaning: measure('operating_expenditure') },
  { pattern: /^对附属单位补助支出$/, meaning: measure('subsidiary_grants') },
  // “三公” items.
  { pattern: /^(财政拨款)?三公经费(预算数|决算数|合计)?$/, meaning: measure('sangong_total') },
  { pattern: /^因公出国\(境\)(费|经费)?$/, meaning: measure('outbound') },
  { pattern: /^公务用车购置及运行(维护)?费$/, meaning: measure('vehicle_total') },
  { pattern: /^(公务用车)?购置费$/, meaning: measure('vehicle_purchase') },
  { pattern: /^(公务用车)?运行(维护)?费$/, meaning: measure('vehicle_operation') },
  { pattern: /^公务接待费$/, meaning: measure('reception') },
  { pattern: /^会议费$/, meaning: measure('meeting') },
  { pattern: /^培训费$/, meaning: measure('training') },
  { pattern: /^机关运行经费(支出)?(预算数|决算数)?$/, meaning: measure('operating_costs') },
  // Headings over other columns.
  { pattern: /^(本年)?收入$/, meaning: { kind: 'group', side: 'income' } },
  { pattern: /^(本年)?支出$/, meaning: { kind: 'group', side: 'expenditure' } },
  { pattern: /^本年支出$/, meaning: { kind: 'group' } },
  { pattern: /^支出用途$|^功能分类$/, meaning: { kind: 'group' } }
];

/** Measures printed as a heading over their parts' columns (基本支出 over 人员经费 | 公用经费). */
export const MEASURE_PARTS: Readonly<Record<string, readonly string[]>> = {
  basic: ['personnel', 'public'],
  appropriation: ['general_budget', 'general_budget_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer'],
  unit_funds: ['business_income', 'operating_income', 'other_income', 'superior_subsidy', 'subsidiary_remittance'],
  vehicle_total: ['vehicle_purchase', 'vehicle_operation'],
  sangong_total: ['outbound', 'vehicle_total', 'reception']
};

/** The meaning of a header label, or null for words this vocabulary does not know. */
export function headerMeaning(label: string): HeaderMeaning | null {
  const form = wordForm(label);
  return HEADER_WORDS.find((word) => word.pattern.test(form))?.meaning ?? null;
}
