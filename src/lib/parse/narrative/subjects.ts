/**
 * Subject mentions in normalised narrative text: what a following "X 万元" is about.
 * Longest match wins where patterns overlap ("财政拨款基本支出" is basic, not appropriation).
 */
import type { FundScope, SubjectKind } from '../../model/disclosure';
import { FUNCTION_CLASS_NAMES } from './function-classes';

/**
 * What a mention can name. Beyond the model's SubjectKind, 决算 narratives state 本年收入合计 and
 * 本年支出合计 (this year's income/expenditure without the carry-overs) and 财政拨款收入支出总计 (the
 * 财政拨款 total with 年初财政拨款结转和结余: `appropriation_total`): they are read so that their
 * figures and comparisons attach to nothing else, but the model has no kind for them yet (see
 * index.ts: they come out as `unmodelledFacts`).
 */
export type ReaderKind = SubjectKind | 'income_current' | 'expenditure_current' | 'appropriation_total';

export interface SubjectMention {
  kind: ReaderKind;
  start: number;
  end: number;
  /** Scope the words themselves state (一般公共预算基本支出), overriding the section's. */
  scope?: FundScope;
  /** For function subjects: printed names per level and printed codes. */
  path?: FunctionPath;
  /** 收、支预算总计 / 收入支出决算总计: one figure for both income_total and expenditure_total. */
  joint?: boolean;
  /** 财政拨款收、支总计 / 财政拨款收入支出总计: in a 决算 the total with the carry-over. */
  grandTotal?: boolean;
}

export interface FunctionPath {
  className?: string;
  sectionName?: string;
  itemName?: string;
  classCode?: string;
  sectionCode?: string;
  itemCode?: string;
}

const FUND = '(一般公共预算(?:财政拨款)?|财政拨款|政府性基金预算?)?(?:当年拨款|拨款安排的|拨款)?';
const QUOTE_OPEN = '[“"”]?';
const QUOTE_CLOSE = '[”"“]?';

const PATTERNS: { kind: ReaderKind; re: RegExp; fundGroup?: boolean; joint?: boolean }[] = [
  // Both sides of the 财政拨款 total: 财政拨款收、支总预算 · 财政拨款收入支出决算总计 · 财政拨款收支总计.
  { kind: 'appropriation', joint: true, re: /财政拨款(?:收入支出(?:决算)?|收、?支|收支)(?:总计|合计|总预算)/g },
  { kind: 'appropriation', re: /财政拨款(?:收、?支预算|收、?支|收入预算总计|收入|预算支出|支出预算|支出|收支预算)/g },
  { kind: 'carryover', re: /财政拨款结转(?:结余)?|上年结转(?:结余)?|年初结转(?:和|及)?结余/g },
  { kind: 'general_budget', re: /一般公共预算(?:财政拨款|拨款)?(?:收入预算|收入|支出预算|合计|支出)?/g },
  { kind: 'gov_fund', re: /政府性基金(?:预算|拨款|收入|支出)*/g },
  { kind: 'state_capital', re: /国有资本经营(?:预算|拨款|收入|支出)*/g },
  { kind: 'unit_funds', re: /其他资金(?:收入预算总计|收入)?/g },
  // Both totals at once: 收入、支出预算总计 · 收、支预算总计 · 收入支出决算总计 · 收、支总计 · 收支总预算.
  { kind: 'income_total', joint: true, re: /(?:收入、?支出|收入和支出|收、?支|收支)(?:决算|预算)?(?:总计|合计)|收支总预算/g },
  { kind: 'income_total', re: /(?:部门|单位|本年)?收入预算(?:合计|总计)?/g },
  { kind: 'expenditure_total', re: /(?:部门|单位|本年)?支出预算(?:合计|总计)?/g },
  { kind: 'income_current', re: /本年收入(?:决算)?合计/g },
  { kind: 'expenditure_current', re: /本年支出(?:决算)?合计/g },
  { kind: 'basic', re: new RegExp(`${FUND}基本支出(?:预算数为|预算)?`, 'g'), fundGroup: true },
  { kind: 'project', re: new RegExp(`${FUND}项目支出(?:预算数为|预算)?`, 'g'), fundGroup: true },
  { kind: 'reserve', re: /(?:单位)?预留机动经费(?:预算数为|预算为|预算)?/g },
  { kind: 'personnel', re: /人员经费/g },
  { kind: 'public_funds', re: /公用经费/g },
  {
    kind: 'sangong_total',
    re: new RegExp(
      `${FUND}${QUOTE_OPEN}三公${QUOTE_CLOSE}经费(?:财政拨款)?(?:预算支出|支出预算|支出|预算数为|预算数|预算|数为)?`,
      'g'
    ),
    fundGroup: true
  },
  { kind: 'sangong_outbound', re: /因公出国（境）费(?:预算支出|支出)?/g },
  { kind: 'sangong_reception', re: /公务接待费(?:预算支出|支出)?/g },
  { kind: 'sangong_vehicle_total', re: /公务用?车购置及运行(?:维护)?费(?:预算支出|支出)?/g },
  { kind: 'sangong_vehicle_purchase', re: /公务用车购置(?:费)?(?:预算支出|支出)?/g },
  { kind: 'sangong_vehicle_operation', re: /公务车?用车运行(?:维护)?(?:费(?:预算支出|支出)?|支出)/g },
  { kind: 'meeting', re: /会议费(?:预算支出)?/g },
  { kind: 'training', re: /培训费(?:预算支出)?/g },
  {
    kind: 'operating_costs',
    re: new RegExp(`${FUND}机关运行经费(?:财政拨款预算|预算支出|支出预算|预算为|预算|支出)?`, 'g'),
    fundGroup: true
  },
  // 预算: 政府采购预算(总额) · 决算: 政府采购金额（以合同签订为准）为 / 政府采购支出总额.
  { kind: 'procurement_total', re: /政府采购(?:支出)?预算(?:总额|总金额)?|政府采购(?:支出)?(?:总额|总金额|金额)(?:（以合同签订为准）)?/g },
  { kind: 'procurement_goods', re: /政府采购货物(?:支出)?(?:预算)?|货物类政府采购支出预算|拟(?:采购|购买)货物(?:支出)?|货物采购(?:金额|预算|支出)/g },
  { kind: 'procurement_works', re: /政府采购工程(?:支出)?(?:预算)?|工程类政府采购支出预算|拟(?:采购|购买)工程(?:支出)?|工程采购(?:金额|预算|支出)/g },
  { kind: 'procurement_services', re: /政府采购服务(?:支出)?(?:预算)?|服务类政府采购支出预算|拟(?:采购|购买)服务(?:支出)?|服务采购(?:金额|预算|支出)/g },
  { kind: 'procurement_sme', re: /面向中小企业预留政府采购项目预算金额/g },
  { kind: 'procurement_small_micro', re: /面向小微企业预留政府采购项目预算金额|预留给小型和微型企业的政府采购项目预算/g }
];

export function fundScope(word: string | undefined): FundScope | undefined {
  if (!word) return undefined;
  if (word.startsWith('一般公共预算')) return 'general_budget';
  if (word.startsWith('政府性基金')) return 'gov_fund';
  if (word.startsWith('财政拨款')) return 'appropriation';
  return undefined;
}

/** Words before a mention that make it part of a comparison or share, not the subject (占“三公”经费的). */
const NOT_SUBJECT_BEFORE = /(占|比|较|与|上级)$/;
/** Words right after a mention that make it an economic/function row name (公务用车运行维护费（款）). */
const NOT_SUBJECT_AFTER = /^(（\d*[类款项]）|安排)/;

export function findSubjects(text: string): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const { kind, re, fundGroup, joint } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const mention: SubjectMention = { kind, start: m.index, end: m.index + m[0].length };
      if (joint && kind === 'appropriation') mention.grandTotal = true;
      else if (joint) mention.joint = true;
      // The fund named before the subject (一般公共预算基本支出) or after it (机关运行经费财政拨款预算).
      const scope = fundGroup ? (fundScope(m[1]) ?? (/财政拨款/.test(m[0].slice((m[1] ?? '').length)) ? 'appropriation' : undefined)) : undefined;
      if (scope) mention.scope = scope;
      found.push(mention);
    }
  }
  for (const name of FUNCTION_CLASS_NAMES) {
    let at = text.indexOf(name);
    while (at >= 0) {
      found.push({ kind: 'function', start: at, end: at + name.length, path: { className: name } });
      at = text.indexOf(name, at + name.length);
    }
  }
  found.push(...findFunctionPaths(text));
  const kept = resolveOverlaps(found);
  return kept.filter(
    (s) =>
      !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, s.start - 2), s.start)) &&
      !(s.kind !== 'function' && NOT_SUBJECT_AFTER.test(text.slice(s.end)))
  );
}

function resolveOverlaps(found: SubjectMention[]): SubjectMention[] {
  const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Characters already taken by a longer mention; each mention checks only its own span (mentions
  // are short), so many mentions in one long line stay linear.
  let taken = new Uint8Array(0);
  for (const s of found) if (s.end > taken.length) taken = new Uint8Array(Math.max(s.end, taken.length * 2));
  const kept: SubjectMention[] = [];
  for (const s of order) {
    let free = true;
    for (let k = s.start; k < s.end; k++)
      if (taken[k] === 1) {
        free = false;
        break;
      }
    if (!free) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const MARKER = /（(\d{2,3})?(类|款|项)）/g;
const LEVEL = { 类: 1, 款: 2, 项: 3 } as const;

/** "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" and shorter paths. */
export function findFunctionPaths(text: string): SubjectMention[] {
  const mentions: SubjectMention[] = [];
  let current: { mention: SubjectMention; level: number } | null = null as { mention: SubjectMention; level: number } | null;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text)) !== null) {
    const level = LEVEL[m[2] as keyof typeof LEVEL];
    const code = m[1];
    const between = current ? text.slice(current.mention.end, m.index) : '';
    const continues: boolean = current !== null && level > current.level && isName(between);
    const name: string = continues ? between : nameBefore(text, m.index);
    if (!name) {
      current = null;
      continue;
    }
    if (!continues) {
      const start: number = m.index - name.length;
      current = { mention: { kind: 'function', start, end: m.index, path: {} }, level };
      mentions.push(current.mention);
    }
    const path = current!.mention.path!;
    if (level === 1) Object.assign(path, { className: name }, code ? { classCode: code } : {});
    if (level === 2) Object.assign(path, { sectionName: name }, code ? { sectionCode: code } : {});
    if (level === 3) Object.assign(path, { itemName: name }, code ? { itemCode: code } : {});
    current!.mention.end = m.index + m[0].length;
    current!.level = level;
  }
  return mentions;
}

function isName(text: string): boolean {
  return text.length > 0 && /^[\u4e00-\u9fff（）、]+$/.test(text) && !/^（[一二三四五六七八九十\d]+）/.test(text);
}

/** The printed name just before a marker: CJK characters and bracketed parts such as （室）. */
function nameBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\u4e00-\u9fff（）、]/.test(text[start - 1]!)) start--;
  let name = text.slice(start, end);
  // Drop list numbering and connectives in front: （一）… / 、… / 其中…
  name = name.replace(/^(?:[（][一二三四五六七八九十\d]+[）]|[、]|其中)+/, '');
  const unbalanced = (name.match(/（/g)?.length ?? 0) !== (name.match(/）/g)?.length ?? 0);
  if (unbalanced) name = name.replace(/^[^（）]*）/, '');
  return name;
}
