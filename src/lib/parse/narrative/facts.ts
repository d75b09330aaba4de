/**
 * The fact reader: walks the subject mentions, amounts and percentages of one section's text
 * in order. An amount right after a subject states it; an amount after 增加/减少 is the change
 * of the subject in hand (or of the same subject stated earlier: the seeds give 三公 changes in
 * a second sentence); 占 Y% is a share; 上年预算执行数 A is a stated prior. Reasons
 * (主要原因是… up to 。 or ；) are skipped so their figures never attach to a subject.
 *
 * A change counts only when the sentence says what it compares with (comparison.ts): against the
 * previous year (比上年预算, 与2023年度相比, 同比, 较上年 …) it is the fact's `change`; against the
 * same year's budget (决算: 完成预算的, 比年初预算, 决算数小于预算数 …) it is a budget comparison and
 * never a prior-year figure; a sentence that compares with nothing gives no change.
 */
import type { Fen } from '../../model/amount';
import type { DocKind, Direction, FundScope, NarrativeFact, Percent } from '../../model/disclosure';
import type { SourceRef } from '../../model/source';
import { ANCHOR, BARE_FLAT, basisOf, COMPARE_ONLY, FLAT, type Basis, type BudgetComparison } from './comparison';
import { findAmounts, findPercents } from './figures';
import { resolveFunctionCode } from './function-classes';
import { sourceAt, type Stream } from './stream';
import { findSubjects, type FunctionPath, type ReaderKind, type SubjectMention } from './subjects';
import { appendAll } from '../../model/arrays';

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
  /** 预算 or 决算: decides whether "比2024年度预算数" is a prior-year or a same-year-budget comparison. */
  docKind?: DocKind | null;
  year?: number | null;
}

export interface ReaderSubject {
  kind: ReaderKind;
  code?: string;
  name?: string;
  scope: FundScope;
}

/** A NarrativeFact as the reader builds it: any subject it recognises, and the budget comparison. */
export interface ReaderFact {
  subject: ReaderSubject;
  amount: Fen | null;
  change?: NarrativeFact['change'];
  statedPrior?: Fen;
  share?: Percent;
  comparedYear?: number;
  source: SourceRef;
  budgetComparison?: BudgetComparison;
}

type Token =
  | { type: 'subject'; start: number; end: number; mention: SubjectMention }
  | { type: 'amount'; start: number; end: number; value: number | null }
  | { type: 'percent'; start: number; end: number; percent: Percent }
  | { type: 'reason' | 'stop' | 'clause' | 'item'; start: number; end: number }
  | { type: 'anchor'; start: number; end: number; basis: Basis }
  | { type: 'flat'; start: number; end: number; basis?: Basis }
  | { type: 'compare'; start: number; end: number; direction: 'increase' | 'decrease'; basis: Basis }
  | { type: 'none'; start: number; end: number; kind: 'sangong_total' | 'operating_costs'; scope?: FundScope }
  | { type: 'scope'; start: number; end: number; scope: FundScope };

// "主要用于以下方面：" introduces a list of figures, not a reason.
const REASON = /主要原因|原因是|增加原因|减少原因|主要是|(?:主要)?用于(?!以下|如下)|主要包括/g;
const SCOPE_HINT = /(一般公共预算|政府性基金预算?|国有资本经营预算|财政拨款)(?:当年拨款)?支出(?:主要内容如下|包括)/g;
const INCREASE = /增加|增长|增幅|上升|提高|大于|多于|高于|超过/g;
const DECREASE = /减少|下降|降幅|降低|小于|少于|低于|压减/g;
/** "无“三公”经费财政拨款支出。" / "无机关运行经费支出。" state a zero; "无…支出的部门，作下述说明" does not. */
const NONE = /无[“"”]?(三公)[”"“]?经费((?:财政拨款)?(?:支出|预算|开支)?)([^，。；]?)|无(机关运行经费)((?:财政拨款)?(?:支出|预算)?)([^，。；]?)/g;
/** Template placeholders: a sentence holding one is an instruction, never a figure. */
const PLACEHOLDER = /XX|××|ＸＸ|xx/;
const ECONOMIC_CLASSES = /^(工资福利支出|商品和服务支出|对个人和家庭的补助(支出)?|资本性支出)$/;
const LIST_ITEM = /^(?:\d{1,2}[、.．]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、)/;
const LIST_MARK_ONLY = /^(?:\d{1,2}[、.．]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、)$/;
const STATED_PRIOR = /(?:上年|\d{4}年)(?:当年)?预算执行数为?$/;
/** 年初预算为 X 万元: the budget the actual is compared with (决算). */
const BUDGET_FIGURE = /年初预算(?:数)?为?$/;
const EXECUTION_RATE = /完成(?:年初|全年)?预算(?:数)?的?$/;

/** Reader kinds the model has no SubjectKind for yet: kept as unmodelled facts (index.ts). */
const INTERNAL_KINDS = new Set<ReaderKind>(['income_current', 'expenditure_current', 'appropriation_total']);

function collect(re: RegExp, text: string, make: (m: RegExpExecArray) => Token | null): Token[] {
  const out: Token[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const token = make(m);
    if (token) out.push(token);
  }
  return out;
}

/** A line that opens a list item (1、… / （二）…) starts a new clause even without punctuation. */
function itemStarts(stream: Stream): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < stream.text.length; k++)
    if ((k === 0 || stream.lineIndex[k] !== stream.lineIndex[k - 1]) && LIST_ITEM.test(stream.text.slice(k, k + 6)))
      out.push({ type: 'item', start: k, end: k });
  return out;
}

function tokenise(stream: Stream, docKind: DocKind | null, year: number | null): Token[] {
  const text = stream.text;
  const basis = (phrase: string): Basis => basisOf(phrase, docKind, year);
  const tokens: Token[] = [
    ...itemStarts(stream),
    ...findSubjects(text).map((mention): Token => ({ type: 'subject', start: mention.start, end: mention.end, mention })),
    ...findAmounts(text).map((a): Token => ({ type: 'amount', start: a.start, end: a.end, value: a.value })),
    ...findPercents(text).map((p): Token => ({ type: 'percent', start: p.start, end: p.end, percent: p.percent })),
    ...collect(REASON, text, (m) => ({ type: 'reason', start: m.index, end: m.index + m[0].length })),
    ...collect(/。/g, text, (m) => ({ type: 'stop', start: m.index, end: m.index + 1 })),
    ...collect(/；/g, text, (m) => ({ type: 'clause', start: m.index, end: m.index + 1 })),
    ...collect(FLAT, text, (m) => ({ type: 'flat', start: m.index, end: m.index + m[0].length, basis: basis(m[0]) })),
    ...collect(BARE_FLAT, text, (m) => ({ type: 'flat', start: m.index, end: m.index + m[0].length })),
    ...collect(COMPARE_ONLY, text, (m) => ({
      type: 'compare',
      start: m.index,
      end: m.index + m[0].length,
      direction: (m[1] ?? m[2]) === '大于' ? 'increase' : 'decrease',
      basis: m[1] !== undefined ? { kind: 'prior' } : { kind: 'budget' }
    })),
    ...collect(ANCHOR, text, (m) => ({ type: 'anchor', start: m.index, end: m.index + m[0].length, basis: basis(m[0]) })),
    ...collect(NONE, text, (m) => {
      const tail = m[3] ?? m[6] ?? '';
      if (tail !== '') return null; // 无“三公”经费…的部门: an instruction, not a statement
      const kind = m[1] !== undefined ? 'sangong_total' : 'operating_costs';
      const words = m[2] ?? m[5] ?? '';
      return { type: 'none', start: m.index, end: m.index + m[0].length, kind, ...(/财政拨款/.test(words) ? { scope: 'appropriation' as const } : {}) };
    }),
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

function subjectKey(subject: ReaderSubject): string {
  return `${subject.kind}|${subject.kind === 'function' ? subject.name : ''}`;
}

/** Whether the sentence (up to 。) around an offset holds a template placeholder; one pass over the text. */
function placeholderSentences(text: string): (at: number) => boolean {
  const ends: number[] = [];
  const flags: boolean[] = [];
  let start = 0;
  for (;;) {
    const stop = text.indexOf('。', start);
    const end = stop < 0 ? text.length : stop;
    ends.push(end);
    flags.push(PLACEHOLDER.test(text.slice(start, end)));
    if (stop < 0) break;
    start = stop + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return flags[lo]!;
  };
}

export function readFacts(input: SectionInput): ReaderFact[] {
  const { stream, file } = input;
  const text = stream.text;
  const year = input.year ?? null;
  const facts: ReaderFact[] = [];
  let scope = input.scope;
  let reason = false;
  /** The subject(s) the next amount states (two for 收、支预算总计). */
  let pending: ReaderSubject[] | null = null;
  let pendingEnd = -1;
  /** A list item headed by its function path alone ("1、…（项）。主要用于：…。年初预算为…，支出决算为 Y"). */
  let held = false;
  let last: ReaderFact[] = [];
  /** Where the text since the last figure, subject or punctuation starts (the lead of the next token). */
  let lastEnd = 0;
  let lastItem = -1;
  let headsItem = false;
  /** What the current sentence compares with. */
  let basis: Basis | null = null;
  /** 年初预算为 X stated before the actual it belongs to. */
  let budgetFigure: Fen | null = null;
  let placeholder: ((at: number) => boolean) | null = null;

  const target = (): ReaderFact[] => {
    if (!pending) return last;
    const found: ReaderFact[] = [];
    for (const subject of pending) {
      const key = subjectKey(subject);
      for (let i = facts.length - 1; i >= 0; i--)
        if (subjectKey(facts[i]!.subject) === key) {
          found.push(facts[i]!);
          break;
        }
    }
    return found;
  };
  const comparison = (fact: ReaderFact): BudgetComparison => (fact.budgetComparison ??= {});
  const settle = (targets: ReaderFact[]): void => {
    if (targets.length > 0) last = targets;
    pending = null;
    held = false;
  };
  const applyChange = (targets: ReaderFact[], b: Basis, dir: Direction, amount: Fen | null): void => {
    for (const fact of targets) {
      if (b.kind === 'prior') {
        if (fact.change && fact.change.amount !== null) continue;
        fact.change = { ...fact.change, direction: dir, amount };
        if (b.year !== undefined) fact.comparedYear = b.year;
      } else if (b.kind === 'budget') {
        const c = comparison(fact);
        if (c.direction === undefined) c.direction = dir;
        if (c.amount === undefined || c.amount === null) c.amount = amount;
        if (b.year !== undefined && c.year === undefined) c.year = b.year;
      }
    }
  };

  for (const token of tokenise(stream, input.docKind ?? null, year)) {
    const lead = text.slice(lastEnd, token.start);
    if (token.type === 'scope') {
      scope = token.scope;
      reason = false;
      continue;
    }
    if (token.type !== 'anchor' && token.type !== 'compare') lastEnd = Math.max(lastEnd, token.end);
    if (token.type === 'stop') {
      reason = false;
      // A function path heading its item keeps waiting for the item's figure.
      const heading = pending !== null && (held || (headsItem && pendingEnd === token.start && isPath(pending)));
      if (heading) held = true;
      else pending = null;
      // "…与2023年度持平。其中：因公出国（境）费支出决算持平" compares the items the same way.
      if (!text.startsWith('其中', token.end)) basis = null;
      budgetFigure = null;
      continue;
    }
    if (token.type === 'clause') {
      reason = false;
      continue;
    }
    if (token.type === 'item') {
      reason = false;
      if (held) pending = null;
      held = false;
      basis = null;
      budgetFigure = null;
      lastItem = token.start;
      continue;
    }
    if (reason) continue;
    switch (token.type) {
      case 'reason':
        reason = true;
        break;
      case 'subject':
        pending = toSubjects(token.mention, scope, input);
        pendingEnd = token.end;
        held = false;
        // Only the head of a list item (nothing but its number before it) may wait across sentences.
        headsItem = lastItem >= 0 && LIST_MARK_ONLY.test(text.slice(lastItem, token.start));
        break;
      case 'anchor':
        basis = token.basis;
        break;
      case 'compare': {
        basis = token.basis;
        const targets = target();
        for (const fact of targets) {
          if (token.basis.kind === 'prior' && !fact.change) fact.change = { direction: token.direction, amount: null };
          if (token.basis.kind === 'budget' && comparison(fact).direction === undefined) comparison(fact).direction = token.direction;
        }
        settle(targets);
        break;
      }
      case 'flat': {
        if (token.basis) basis = token.basis;
        const b = token.basis ?? basis;
        if (!b || b.kind === 'none') break;
        const targets = target();
        for (const fact of targets) {
          if (b.kind === 'prior' && !fact.change) {
            fact.change = { direction: 'flat', amount: 0 };
            if (b.year !== undefined) fact.comparedYear = b.year;
          }
          if (b.kind === 'budget' && comparison(fact).direction === undefined) comparison(fact).direction = 'flat';
        }
        settle(targets);
        break;
      }
      case 'none': {
        placeholder ??= placeholderSentences(text);
        if (placeholder(token.start)) break;
        const fact: ReaderFact = { subject: { kind: token.kind, scope: token.scope ?? scope }, amount: 0, source: sourceAt(stream, token.start, file) };
        facts.push(fact);
        settle([fact]);
        break;
      }
      case 'amount': {
        // "268 2,828.24 3,096.24万元": a figure glued to bare numbers before it may belong to any of
        // them (text extracted out of order); it states nothing.
        if (text.charCodeAt(token.start - 1) === 0x20) {
          pending = null;
          held = false;
          break;
        }
        const dir = direction(lead);
        if (dir) {
          if (basis && basis.kind !== 'none') {
            const targets = target();
            applyChange(targets, basis, dir, token.value);
            settle(targets);
          } else {
            // A change that names no comparison ("增加部门预算 1,464.3 万元"): nothing to read.
            pending = null;
            held = false;
          }
        } else if (BUDGET_FIGURE.test(lead)) {
          if (token.value === null) break;
          if (pending) budgetFigure = token.value;
          else for (const fact of last) comparison(fact).budget ??= token.value;
        } else if (STATED_PRIOR.test(lead)) {
          for (const fact of last.slice(0, 1)) if (fact.statedPrior === undefined && token.value !== null) fact.statedPrior = token.value;
        } else if (/\d{4}年预算安排$/.test(lead)) {
          // Restates the current figure (上年执行数 A，本年预算安排 B): nothing new.
        } else if (pending) {
          const source = sourceAt(stream, token.start, file);
          const created = pending.map((subject): ReaderFact => {
            const fact: ReaderFact = { subject, amount: token.value, source };
            if (budgetFigure !== null) fact.budgetComparison = { budget: budgetFigure };
            return fact;
          });
          appendAll(facts, created);
          budgetFigure = null;
          settle(created);
        }
        break;
      }
      case 'percent': {
        if (/占/.test(lead) && !direction(lead)) {
          for (const fact of last) if (!fact.share) fact.share = token.percent;
          break;
        }
        if (EXECUTION_RATE.test(lead)) {
          for (const fact of last) comparison(fact).executionRate ??= token.percent;
          break;
        }
        const dir = direction(lead);
        if (!dir || !basis || basis.kind === 'none') break;
        const targets = target();
        for (const fact of targets) {
          if (basis.kind === 'prior' && !fact.change?.percent) {
            fact.change = fact.change ? { ...fact.change, percent: token.percent } : { direction: dir, amount: null, percent: token.percent };
            if (basis.year !== undefined && fact.comparedYear === undefined) fact.comparedYear = basis.year;
          }
          if (basis.kind === 'budget') {
            const c = comparison(fact);
            c.percent ??= token.percent;
            c.direction ??= dir;
          }
        }
        if (targets.length > 0) last = targets;
        break;
      }
    }
  }
  return facts;
}

function isPath(subjects: ReaderSubject[]): boolean {
  return subjects.length === 1 && (subjects[0]!.kind === 'function' || subjects[0]!.kind === 'economic');
}

function toSubjects(mention: SubjectMention, sectionScope: FundScope, input: SectionInput): ReaderSubject[] {
  if (mention.joint) {
    const scope = mention.scope ?? sectionScope;
    return [
      { kind: 'income_total', scope },
      { kind: 'expenditure_total', scope }
    ];
  }
  return [toSubject(mention, sectionScope, input)];
}

function toSubject(mention: SubjectMention, sectionScope: FundScope, input: SectionInput): ReaderSubject {
  const scope = mention.scope ?? sectionScope;
  // A 决算's 财政拨款收入支出总计 includes 年初财政拨款结转和结余: not this year's 财政拨款 alone.
  if (mention.grandTotal && input.docKind === '决算') return { kind: 'appropriation_total', scope: 'appropriation' };
  if (mention.kind !== 'function' || !mention.path) return { kind: mention.kind, scope };
  const path = fillPath(mention.path, input.functionContext);
  const names = [path.className, path.sectionName, path.itemName].filter((n): n is string => !!n);
  if (input.economic || (path.className && ECONOMIC_CLASSES.test(path.className)))
    return { kind: 'economic', name: names.join('/'), scope };
  const subject: ReaderSubject = { kind: 'function', name: names.join('/'), scope };
  const code = resolveFunctionCode(path, input.functionNames);
  if (code) subject.code = code;
  return subject;
}

/** Whether a reader kind exists in the model (the others come out as unmodelled facts). */
export function isModelKind(kind: ReaderKind): boolean {
  return !INTERNAL_KINDS.has(kind);
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
