/**
 * Row identity: what a raw row is, from its codes and label, in the canonical vocabulary —
 * function/economic codes, income and expenditure keys of 收支总表, “三公” items, totals.
 */
import type { Classification, TableRow } from '../../model/disclosure';
import {
  CARRYOVER_ROWS,
  EXPENDITURE_ROWS,
  functionClassCode,
  INCOME_KEYS,
  INCOME_SOURCES,
  OWN_PART,
  rowWord,
  SANGONG_ITEMS,
  stripNumbering,
  wordForm,
  type IncomeKey,
  type SangongItem
} from '../../model/vocabulary';
import type { SidePart } from './body';
import type { SideScheme, TableSpec } from './spec';

export type RowIdentity = Pick<TableRow, 'classification' | 'code' | 'name' | 'level'> & { side?: TableRow['side'] };

const TOTAL_WORDS = /^(合计|总计|本年支出合计|支出合计|收入合计|人员经费合计|公用经费合计|合计数)$/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．](?!\d)|[(（][一二三四五六七八九十\d]+[)）])/;

export function isTotalLabel(label: string): boolean {
  return TOTAL_WORDS.test(wordForm(label));
}

/** A code as the scheme prints it: 功能分类 2xx(xx(xx)), 经济分类 3xx(xx). */
export function validCode(code: string, classification: 'function' | 'economic'): boolean {
  return classification === 'function' ? /^2\d{2}(\d{2}){0,2}$/.test(code) : /^3\d{2}(\d{2})?$/.test(code);
}

export function codeLevel(code: string): number {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}

/** Whether a side part starts a row of this table. */
export function startsRow(spec: TableSpec, part: SidePart, side: number): boolean {
  const label = part.words.map((word) => word.text).join('');
  if (spec.shape === 'coded' || spec.shape === 'projects') {
    if (part.codes.length > 0 && validCode(part.codes.join('').slice(0, 7), spec.classification ?? 'function')) return true;
    if (part.codes.length > 0 && /^\d{3}$/.test(part.codes[0]!)) return true;
    return isTotalLabel(label);
  }
  if (spec.shape === 'sided') {
    const scheme = spec.sides?.[side] ?? 'income';
    if (part.codes.length > 0 && /^2\d{2}/.test(part.codes[0]!)) return true;
    if (!label) return false;
    if (NUMBERED.test(label) || isTotalLabel(label)) return true;
    return sidedKey(scheme, label) !== null;
  }
  if (spec.shape === 'single') return part.figures.length > 0;
  if (spec.shape === 'items') {
    if (spec.itemsAsColumns) return part.figures.length > 0;
    return label !== '' && itemKey(label) !== null;
  }
  return label !== '' || part.codes.length > 0;
}

/** A label that extends the previous row's (its label wrapped onto the next line). */
export function continuesLabel(spec: TableSpec, side: number, previous: readonly string[], words: string): boolean {
  if (NUMBERED.test(words) || isTotalLabel(words)) return false;
  if (spec.shape !== 'sided') return true;
  const scheme = spec.sides?.[side] ?? 'income';
  const joined = previous.join('') + words;
  if (sidedKey(scheme, joined) !== null) return true;
  return sidedKey(scheme, words) === null;
}

/** The fragment extends the label above into a known row label (and is none by itself). */
export function completesLabel(spec: TableSpec, side: number, previous: readonly string[], words: string): boolean {
  if (spec.shape !== 'sided' || NUMBERED.test(words) || isTotalLabel(words)) return false;
  const scheme = spec.sides?.[side] ?? 'income';
  return sidedKey(scheme, words) === null && sidedKey(scheme, previous.join('') + words) !== null;
}

/** Where an income side's labels are read: the same words mean different rows by section. */
export interface IncomeContext {
  section: 'current' | 'appropriation' | 'carryover' | null;
  /** Last numbered source (1.一般公共预算拨款 → general_budget), for its 其中： parts. */
  item: IncomeKey | null;
}

export function newIncomeContext(): IncomeContext {
  return { section: null, item: null };
}

const SECTION_MARK = /^[一二三四五六七八九十]+[、.．]/;
const ITEM_MARK = /^\d+[、.．]/;
const SUB_MARK = /^其中[:：]/;

/**
 * An income-side label → its key, reading the section it is in ("一般公共预算拨款" is a source under
 * 一、本年收入 and a 结转 row under 二、上年结转结余) and the numbered source above a 其中： row.
 */
export function incomeKey(label: string, context: IncomeContext): IncomeKey | null {
  const text = wordForm(label);
  const plain = text.replace(SECTION_MARK, '').replace(ITEM_MARK, '').replace(SUB_MARK, '');
  const enter = (section: IncomeContext['section'], key: IncomeKey): IncomeKey => {
    context.section = section;
    context.item = null;
    return key;
  };
  if (/^(收入(总计|合计)|总计|收入合计总计)$/.test(plain)) return 'income_total';
  if (/^(本年|当年)收入(合计|小计)?$/.test(plain)) return enter('current', 'current_income');
  if (/^财政拨款(\(补助\))?(收入)?$/.test(plain) && (SECTION_MARK.test(text) || context.section === null)) return enter('appropriation', 'appropriation');
  if (/^(上年结转(结余|和结余)?(资金)?|年初(财政拨款)?结转和结余)$/.test(plain)) return enter('carryover', 'carryover');
  if (/^使用非财政拨款结余/.test(plain)) return enter(null, 'unused_surplus');
  if (context.section === 'carryover') {
    const key = CARRYOVER_ROWS.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
    if (key === 'appropriation_carryover' || key === 'non_appropriation_carryover') context.item = key;
    return key;
  }
  const key = INCOME_SOURCES.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
  if (key === null) return null;
  const own = OWN_PART[key];
  if (SUB_MARK.test(text) && context.item === key && own) return own;
  if (ITEM_MARK.test(text) || SECTION_MARK.test(text) || context.section === 'appropriation' || own !== undefined || key === 'fiscal_special' || key === 'unit_funds') {
    context.item = key;
  }
  return key;
}

/** An income row's level as its numbering prints it (一、 1, 1. 2, 其中： 3), else the key's usual level. */
export function incomeLevel(label: string, key: IncomeKey): number {
  const text = wordForm(label);
  if (INCOME_KEYS[key] === 0) return 0;
  if (SECTION_MARK.test(text)) return 1;
  if (ITEM_MARK.test(text)) return 2;
  if (SUB_MARK.test(text)) return 3;
  return INCOME_KEYS[key];
}

/** An expenditure-side label → a function class, a total or a use (基本支出 …). */
export function expenditureKey(label: string): { code: string; classification: Classification; level: number } | null {
  const word = rowWord(EXPENDITURE_ROWS, label);
  if (word) return { code: word.key, classification: word.classification === 'use' ? 'other' : word.classification, level: word.level };
  const code = functionClassCode(label);
  return code ? { code, classification: 'function', level: 1 } : null;
}

export function isExpenditureLabel(label: string): boolean {
  return label !== '' && expenditureKey(label) !== null;
}

/** What a side's label is keyed as, without moving an income context (for start/continue tests). */
function sidedKey(scheme: SideScheme, label: string): { code: string } | null {
  if (scheme === 'expenditure') return expenditureKey(label);
  const key = incomeKey(label, newIncomeContext());
  return key ? { code: key } : null;
}

export function itemKey(label: string): SangongItem | null {
  const form = wordForm(stripNumbering(label)).replace(/^其中[:：]/, '');
  for (const [key, item] of Object.entries(SANGONG_ITEMS) as [SangongItem, (typeof SANGONG_ITEMS)[SangongItem]][]) {
    if (key === 'all_total' || key === 'sangong_total') continue;
    if (item.label.test(form)) return key;
  }
  return /^(合计|总计|三公经费(合计)?)$/.test(form) ? 'sangong_total' : null;
}

export function identifyRow(spec: TableSpec, side: number, codes: readonly string[], label: string, context: IncomeContext): RowIdentity | null {
  const name = wordForm(label) === '' ? '' : label.replace(/\s+/g, '');
  if (spec.shape === 'coded' || spec.shape === 'projects') {
    const classification = spec.classification ?? 'function';
    const code = codes.join('');
    if (codes.length > 0) {
      if (!validCode(code, classification)) return null;
      return { classification, code, name, level: codeLevel(code) };
    }
    if (isTotalLabel(label)) return { classification: 'total', code: null, name, level: 0 };
    return null;
  }
  if (spec.shape === 'sided') {
    const scheme = spec.sides?.[side] ?? 'income';
    const rowSide: TableRow['side'] = scheme === 'income' ? 'income' : 'expenditure';
    const code = codes.join('');
    if (code && validCode(code, 'function')) return { classification: 'function', code, name: stripNumbering(name), level: codeLevel(code), side: rowSide };
    if (scheme === 'income') {
      const key = incomeKey(label, context);
      if (!key) return name ? { classification: 'income', code: null, name, level: 1, side: rowSide } : null;
      return { classification: INCOME_KEYS[key] === 0 ? 'total' : 'income', code: key, name, level: incomeLevel(label, key), side: rowSide };
    }
    const key = expenditureKey(label);
    if (!key) return name ? { classification: 'other', code: null, name, level: 1, side: rowSide } : null;
    return { classification: key.classification, code: key.code, name: key.classification === 'function' ? stripNumbering(name) : name, level: key.level, side: rowSide };
  }
  if (spec.shape === 'single') return { classification: 'total', code: null, name: name || '合计', level: 0 };
  if (spec.shape === 'items') {
    // One row of figures with a column per item: the columns say what each figure is (finishRows).
    if (spec.itemsAsColumns) return { classification: 'sangong', code: null, name, level: 0 };
    const item = itemKey(label);
    if (!item) return null;
    return { classification: item === 'operating_costs' ? 'other' : 'sangong', code: item, name, level: SANGONG_ITEMS[item].level };
  }
  return null;
}
