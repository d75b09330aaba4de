/**
 * Income-side labels of the two-sided tables (t1, t4) → stable keys. The same words mean different
 * rows by position ("一般公共预算拨款" is a source under 一、本年收入 and a 结转 sub-row under
 * 二、上年结转结余), so the mapper keeps the current section and numbered item.
 */
import { compact } from '../../table/tokens';
import type { IncomeKey } from './schema';

export interface IncomeContext {
  section: 'current' | 'appropriation' | 'carryover' | null;
  /** Last numbered item (1.一般公共预算拨款 → general_budget). */
  item: IncomeKey | null;
}

export function newIncomeContext(): IncomeContext {
  return { section: null, item: null };
}

const SECTION_MARK = /^[一二三四五六七八九十]+[、.．]/;
const ITEM_MARK = /^\d+[、.．]/;
const SUB_MARK = /^其中[:：]/;

/** Label without its numbering and 其中：, brackets half-width. */
export function plainIncomeLabel(label: string): string {
  return compact(label)
    .replace(SECTION_MARK, '')
    .replace(ITEM_MARK, '')
    .replace(SUB_MARK, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

const CURRENT_SOURCES: [RegExp, IncomeKey][] = [
  [/^一般公共预算(拨款|收入)?$/, 'general_budget'],
  [/^一般财力$/, 'general_budget_own'],
  [/^上级一般公共预算.*转移支付/, 'general_budget_transfer'],
  [/^(政府性)?基金预算(拨款|收入)?$/, 'gov_fund'],
  [/^政府性基金(收入)?$/, 'gov_fund_own'],
  [/^上级政府性基金.*转移支付/, 'gov_fund_transfer'],
  [/^国有资本经营预算(拨款|收入)?$/, 'state_capital'],
  [/^国有资本经营收入$/, 'state_capital_own'],
  [/^上级国有资本经营.*转移支付/, 'state_capital_transfer'],
  [/^财政专户/, 'fiscal_special'],
  [/^单位资金$/, 'unit_funds'],
  [/^事业收入$/, 'business_income'],
  [/^上级补助收入$/, 'superior_subsidy'],
  [/^附属单位上缴收入$/, 'subsidiary_remittance'],
  [/^事业单位经营收入$/, 'operating_income'],
  [/^其他收入$/, 'other_income']
];

const CARRYOVER_ROWS: [RegExp, IncomeKey][] = [
  [/^财政拨款结转(结余)?$/, 'appropriation_carryover'],
  [/^非财政拨款结转(结余)?$/, 'non_appropriation_carryover'],
  [/^一般公共预算/, 'carryover_general_budget'],
  [/^(政府性)?基金预算/, 'carryover_gov_fund'],
  [/^国有资本经营/, 'carryover_state_capital'],
  [/^财政专户/, 'carryover_fiscal_special'],
  [/^单位资金/, 'carryover_unit_funds']
];

const OWN_OF: Partial<Record<IncomeKey, IncomeKey>> = {
  general_budget: 'general_budget_own',
  gov_fund: 'gov_fund_own',
  state_capital: 'state_capital_own'
};

/** Maps one printed label; null when the label is not an income row of the template. */
export function incomeKey(label: string, context: IncomeContext): IncomeKey | null {
  const text = compact(label);
  const plain = plainIncomeLabel(text);
  if (/^收入(总计|合计)$/.test(plain)) return 'income_total';
  if (/^本年收入(合计)?$/.test(plain)) return enter(context, 'current', 'current_income');
  if (/^财政拨款(\(补助\))?(收入)?$/.test(plain) && (SECTION_MARK.test(text) || context.section === null)) {
    return enter(context, 'appropriation', 'appropriation');
  }
  if (/^上年结转(结余)?$/.test(plain)) return enter(context, 'carryover', 'carryover');
  if (context.section === 'carryover') {
    const key = CARRYOVER_ROWS.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
    if (key === 'appropriation_carryover' || key === 'non_appropriation_carryover') context.item = key;
    return key;
  }
  const key = CURRENT_SOURCES.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
  if (key === null) return null;
  // "其中：国有资本经营预算拨款" under "3.国有资本经营预算拨款" is the item's own part.
  const own = OWN_OF[key];
  if (SUB_MARK.test(text) && context.item === key && own) return own;
  if (ITEM_MARK.test(text) || context.section === 'appropriation' || OWN_OF[key] !== undefined || key === 'fiscal_special' || key === 'unit_funds') {
    context.item = key;
  }
  return key;
}

function enter(context: IncomeContext, section: IncomeContext['section'], key: IncomeKey): IncomeKey {
  context.section = section;
  context.item = null;
  return key;
}
