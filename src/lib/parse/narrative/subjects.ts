/**
 * Subject mentions in normalised narrative text: what a following "X 万元" is about.
 * Longest match wins where patterns overlap ("财政拨款基本支出" is basic, not appropriation).
 */
import type { FundScope, SubjectKind } from '../../model/disclosure';
import { FUNCTION_CLASS_NAMES } from './function-classes';

export interface SubjectMention {
  kind: SubjectKind;
  start: number;
  end: number;
  /** Scope the words themselves state (一般公共预算基本支出), overriding the section's. */
  scope?: FundScope;
  /** For function subjects: printed names per level and printed codes. */
  path?: FunctionPath;
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

const PATTERNS: { kind: SubjectKind; re: RegExp; fundGroup?: boolean }[] = [
  { kind: 'appropriation', re: /财政拨款(?:收、?支总预算|收、?支预算|收、?支|收入预算总计|收入|预算支出|支出预算|支出|收支总预算|收支预算)/g },
  { kind: 'carryover', re: /财政拨款结转(?:结余)?|上年结转(?:结余)?/g },
  { kind: 'general_budget', re: /一般公共预算(?:财政拨款|拨款)?(?:收入预算|收入|支出预算|合计|支出)?/g },
  { kind: 'gov_fund', re: /政府性基金(?:预算|拨款|收入|支出)*/g },
  { kind: 'state_capital', re: /国有资本经营(?:预算|拨款|收入|支出)*/g },
  { kind: 'unit_funds', re: /其他资金(?:收入预算总计|收入)?/g },
  { kind: 'income_total', re: /(?:部门|单位|本年)?收入预算(?:合计|总计)?|收支总预算|收入、支出预算总计|收、支预算总计/g },
  { kind: 'expenditure_total', re: /(?:部门|单位|本年)?支出预算(?:合计|总计)?/g },
  { kind: 'basic', re: new RegExp(`${FUND}基本支出(?:预算数为|预算)?`, 'g'), fundGroup: true },
  { kind: 'project', re: new RegExp(`${FUND}项目支出(?:预算数为|预算)?`, 'g'), fundGroup: true },
  { kind: 'reserve', re: /(?:单位)?预留机动经费(?:预算数为|预算为|预算)?/g },
  { kind: 'personnel', re: /人员经费/g },
  { kind: 'public_funds', re: /公用经费/g },
  { kind: 'sangong_total', re: new RegExp(`${FUND}[“"”]?三公[”"“]?经费(?:预算数为|预算数|预算|数为)?`, 'g'), fundGroup: true },
  { kind: 'sangong_outbound', re: /因公出国（境）费(?:预算支出|支出)?/g },
  { kind: 'sangong_reception', re: /公务接待费(?:预算支出|支出)?/g },
  { kind: 'sangong_vehicle_total', re: /公务用?车购置及运行(?:维护)?费(?:预算支出|支出)?/g },
  { kind: 'sangong_vehicle_purchase', re: /公务用车购置费/g },
  { kind: 'sangong_vehicle_operation', re: /公务车?用车运行(?:维护)?费(?:预算支出|支出)?/g },
  { kind: 'meeting', re: /会议费(?:预算支出)?/g },
  { kind: 'training', re: /培训费(?:预算支出)?/g },
  { kind: 'operating_costs', re: new RegExp(`${FUND}机关运行经费(?:财政拨款预算|预算支出|支出预算|预算为|预算)?`, 'g'), fundGroup: true },
  { kind: 'procurement_total', re: /政府采购(?:支出)?预算(?:总额|总金额)?/g },
  { kind: 'procurement_goods', re: /政府采购货物预算|货物类政府采购支出预算|拟采购货物支出/g },
  { kind: 'procurement_works', re: /政府采购工程预算|工程类政府采购支出预算|拟采购工程支出/g },
  { kind: 'procurement_services', re: /政府采购服务预算|服务类政府采购支出预算|拟购买服务支出/g },
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
  for (const { kind, re, fundGroup } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const mention: SubjectMention = { kind, start: m.index, end: m.index + m[0].length };
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
  const kept: SubjectMention[] = [];
  for (const s of order) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
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
