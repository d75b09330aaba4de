/**
 * The fact reader: walks the subject mentions, amounts and percentages of one section's text
 * in order. An amount right after a subject states it; an amount after 增加/减少 is the change
 * of the subject in hand (or of the same subject stated earlier: the seeds give 三公 changes in
 * a second sentence); 占 Y% is a share; 上年预算执行数 A is a stated prior. Reasons
 * (主要原因是… up to 。 or ；) are skipped so their figures never attach to a subject.
 */
import type { FundScope, NarrativeFact, Subject } from '../../model/disclosure';
import { findAmounts, findPercents } from './figures';
import { resolveFunctionCode } from './function-classes';
import { sourceAt, type Stream } from './stream';
import { findSubjects, type FunctionPath, type SubjectMention } from './subjects';

export interface FunctionContext {
  className?: string;
  classCode?: string;
  sectionName?: string;
  sectionCode?: string;
}

export interface SectionInput {
  stream: Stream;
  scope: FundScope;
  file: string;
  functionNames?: Map<string, string>;
  functionContext: FunctionContext;
  /** The section breaks down 基本支出/机关运行经费: （类）（款） name economic classes there. */
  economic?: boolean;
}

type Token =
  | { type: 'subject'; start: number; end: number; mention: SubjectMention }
  | { type: 'amount'; start: number; end: number; value: number | null }
  | { type: 'percent'; start: number; end: number; percent: NonNullable<NarrativeFact['share']> }
  | { type: 'reason' | 'stop' | 'clause'; start: number; end: number }
  | { type: 'flat'; start: number; end: number; year?: number }
  | { type: 'compare'; start: number; end: number; direction: 'increase' | 'decrease' }
  | { type: 'scope'; start: number; end: number; scope: FundScope };

const REASON = /主要原因|原因是|增加原因|减少原因|主要是|主要用于|主要包括|用于/g;
const FLAT = /(?:与|比|较)(上年|\d{4}年)(?:当年)?(?:预算)?(?:执行)?数?(?:相比)?，?(?:持平|一致|相等|不变|无变化)/g;
const SCOPE_HINT = /(一般公共预算|政府性基金预算?|国有资本经营预算|财政拨款)(?:当年拨款)?支出(?:主要内容如下|包括)/g;
const INCREASE = /增加|增长|增幅|上升|提高|大于/g;
const DECREASE = /减少|下降|降幅|降低|小于|压减/g;
const YEAR = /(?:比|与|较)(\d{4})年/;
// "本年数小于上年预算数的主要原因是…": a direction without a figure.
const COMPARE_ONLY = /本年数(小于|大于)上年(?:预算)?数(?!\d)/g;
const ECONOMIC_CLASSES = /^(工资福利支出|商品和服务支出|对个人和家庭的补助(支出)?|资本性支出)$/;
const LIST_ITEM = /^(?:\d{1,2}[、.]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、)/;
const STATED_PRIOR = /(?:上年|\d{4}年)(?:当年)?预算执行数为?$/;

function collect(re: RegExp, text: string, make: (m: RegExpExecArray) => Token): Token[] {
  const out: Token[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(make(m));
  return out;
}

/** A line that opens a list item (1、… / （二）…) starts a new clause even without punctuation. */
function itemStarts(stream: Stream): Token[] {
  const out: Token[] = [];
  for (let k = 1; k < stream.text.length; k++)
    if (stream.lineIndex[k] !== stream.lineIndex[k - 1] && LIST_ITEM.test(stream.text.slice(k, k + 6)))
      out.push({ type: 'clause', start: k, end: k });
  return out;
}

function tokenise(stream: Stream): Token[] {
  const text = stream.text;
  const tokens: Token[] = [
    ...itemStarts(stream),
    ...findSubjects(text).map((mention): Token => ({ type: 'subject', start: mention.start, end: mention.end, mention })),
    ...findAmounts(text).map((a): Token => ({ type: 'amount', start: a.start, end: a.end, value: a.value })),
    ...findPercents(text).map((p): Token => ({ type: 'percent', start: p.start, end: p.end, percent: p.percent })),
    ...collect(REASON, text, (m) => ({ type: 'reason', start: m.index, end: m.index + m[0].length })),
    ...collect(/。/g, text, (m) => ({ type: 'stop', start: m.index, end: m.index + 1 })),
    ...collect(/；/g, text, (m) => ({ type: 'clause', start: m.index, end: m.index + 1 })),
    ...collect(FLAT, text, (m) => {
      const year = /^\d{4}/.test(m[1]!) ? Number(m[1]!.slice(0, 4)) : undefined;
      return { type: 'flat', start: m.index, end: m.index + m[0].length, ...(year ? { year } : {}) };
    }),
    ...collect(COMPARE_ONLY, text, (m) => ({ type: 'compare', start: m.index, end: m.index + m[0].length, direction: m[1] === '大于' ? 'increase' : 'decrease' })),
    ...collect(SCOPE_HINT, text, (m) => ({ type: 'scope', start: m.index, end: m.index + m[0].length, scope: hintScope(m[1]!) }))
  ];
  // Tokens inside a longer token (a 主要是 inside a flat phrase) do not count on their own.
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Token[] = [];
  let reach = -1;
  for (const token of tokens) {
    if (token.start < reach && token.type !== 'scope') continue;
    kept.push(token);
    if (token.type !== 'scope') reach = Math.max(reach, token.end);
  }
  return kept;
}

function hintScope(word: string): FundScope {
  if (word.startsWith('一般公共预算')) return 'general_budget';
  if (word.startsWith('政府性基金')) return 'gov_fund';
  if (word.startsWith('国有资本')) return 'state_capital';
  return 'appropriation';
}

function direction(lead: string): 'increase' | 'decrease' | null {
  let last: { at: number; dir: 'increase' | 'decrease' } | null = null;
  for (const [re, dir] of [[INCREASE, 'increase'], [DECREASE, 'decrease']] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lead)) !== null) if (!last || m.index > last.at) last = { at: m.index, dir };
  }
  return last?.dir ?? null;
}

function subjectKey(subject: Subject): string {
  return `${subject.kind}|${subject.kind === 'function' ? subject.name : ''}`;
}

export function readFacts(input: SectionInput): NarrativeFact[] {
  const { stream, file } = input;
  const text = stream.text;
  const facts: NarrativeFact[] = [];
  let scope = input.scope;
  let reason = false;
  let pending: Subject | null = null;
  let last: NarrativeFact | null = null;
  let lastEnd = 0;

  const target = (): NarrativeFact | null => {
    if (!pending) return last;
    const key = subjectKey(pending);
    for (let i = facts.length - 1; i >= 0; i--) if (subjectKey(facts[i]!.subject) === key) return facts[i]!;
    return null;
  };

  for (const token of tokenise(stream)) {
    const lead = text.slice(lastEnd, token.start);
    if (token.type === 'scope') {
      scope = token.scope;
      reason = false;
      continue;
    }
    lastEnd = Math.max(lastEnd, token.end);
    if (token.type === 'stop' || token.type === 'clause') {
      reason = false;
      if (token.type === 'stop') pending = null;
      continue;
    }
    if (reason) continue;
    switch (token.type) {
      case 'reason':
        reason = true;
        break;
      case 'subject':
        pending = toSubject(token.mention, scope, input);
        break;
      case 'flat': {
        const fact = target();
        if (fact && !fact.change) {
          fact.change = { direction: 'flat', amount: 0 };
          if (token.year) fact.comparedYear = token.year;
        }
        if (fact) last = fact;
        pending = null;
        break;
      }
      case 'compare': {
        const fact = target();
        if (fact && !fact.change) fact.change = { direction: token.direction, amount: null };
        if (fact) last = fact;
        pending = null;
        break;
      }
      case 'amount': {
        const dir = direction(lead);
        if (dir) {
          const fact = target();
          if (fact && (!fact.change || fact.change.amount === null)) {
            fact.change = { ...fact.change, direction: dir, amount: token.value };
            const year = YEAR.exec(lead);
            if (year) fact.comparedYear = Number(year[1]);
          }
          if (fact) last = fact;
          pending = null;
        } else if (STATED_PRIOR.test(lead)) {
          if (last && last.statedPrior === undefined && token.value !== null) last.statedPrior = token.value;
        } else if (/\d{4}年预算安排$/.test(lead)) {
          // Restates the current figure (上年执行数 A，本年预算安排 B): nothing new.
        } else if (pending) {
          last = { subject: pending, amount: token.value, source: sourceAt(stream, token.start, file) };
          facts.push(last);
          pending = null;
        }
        break;
      }
      case 'percent': {
        if (/占/.test(lead) && !direction(lead)) {
          if (last && !last.share) last.share = token.percent;
          break;
        }
        const dir = direction(lead);
        const fact = dir ? target() : null;
        if (fact) last = fact;
        if (fact && dir && !fact.change?.percent) {
          fact.change = fact.change ? { ...fact.change, percent: token.percent } : { direction: dir, amount: null, percent: token.percent };
          const year = YEAR.exec(lead);
          if (year && fact.comparedYear === undefined) fact.comparedYear = Number(year[1]);
        }
        break;
      }
    }
  }
  return facts;
}

function toSubject(mention: SubjectMention, sectionScope: FundScope, input: SectionInput): Subject {
  const scope = mention.scope ?? sectionScope;
  if (mention.kind !== 'function' || !mention.path) return { kind: mention.kind, scope };
  const path = fillPath(mention.path, input.functionContext);
  const names = [path.className, path.sectionName, path.itemName].filter((n): n is string => !!n);
  if (input.economic || (path.className && ECONOMIC_CLASSES.test(path.className)))
    return { kind: 'economic', name: names.join('/'), scope };
  const subject: Subject = { kind: 'function', name: names.join('/'), scope };
  const code = resolveFunctionCode(path, input.functionNames);
  if (code) subject.code = code;
  return subject;
}

/** A path printed without its upper levels (1．行政运行（项）) takes them from the text before. */
function fillPath(path: FunctionPath, context: FunctionContext): FunctionPath {
  const filled: FunctionPath = { ...path };
  if (!filled.className && (filled.sectionName || filled.itemName)) {
    if (context.className) filled.className = context.className;
    if (context.classCode && !filled.classCode) filled.classCode = context.classCode;
    if (filled.itemName && !filled.sectionName && context.sectionName) {
      filled.sectionName = context.sectionName;
      if (context.sectionCode) filled.sectionCode = context.sectionCode;
    }
  }
  if (path.className) {
    context.className = path.className;
    context.classCode = path.classCode;
    context.sectionName = undefined;
    context.sectionCode = undefined;
  }
  if (filled.sectionName) {
    context.sectionName = filled.sectionName;
    context.sectionCode = filled.sectionCode;
  }
  return filled;
}
