/**
 * Where a disclosure names its unit, each reading giving one candidate:
 *
 * - labels of table headers and covers (编制部门：X, 部门名称：X, 预算主管部门：X …), the value on
 *   the same line (up to a "单位：万元" cell) or, in reading-order text, on the next line, and a
 *   value cut by a line break completed from the next line;
 * - titles (cover, 第X部分 headings, table titles) read across up to four lines, so a title
 *   wrapped anywhere ("上海市普陀区规划和自然" / "资源局2024年度部门决算") gives the whole name:
 *   the name stops at the year, at 部门/单位 + 预算/决算, or at 概况 / 主要职能.
 *
 * Every pass is linear in the text: each line is split once, each title window holds at most four
 * short lines, and no regular expression backtracks over a whole line.
 */
import type { Line } from '../../extract/types';
import { compact, classifyName, placeLength, type NameClass } from './name-form';
import { normaliseLine, normalisedLines } from '../narrative/stream';
import { memoPerLines } from '../document-memo';

export type CandidateSource = 'label' | 'label-next' | 'title' | 'heading' | 'cover';

export interface Candidate {
  /** The name as printed (compact: no spaces). */
  name: string;
  kind: Exclude<NameClass, null>;
  source: CandidateSource;
  /** The line the name starts on. */
  line: Line;
}

// ---------------------------------------------------------------- labels

const LABEL = /^(预算主管部门|主管部门|编制部门|编制单位|预算单位|部门名称|单位名称|填报单位|部门|单位)[:：](.*)$/;
/** A unit of measure ("单位：万元", "金额单位：元", "（万元）"), not a label of the unit. */
const MEASURE = /^(金额|计量)单位[:：]|^(单位[:：])?[（(]?(万元|元|千元|亿元)[）)]?$/;

/** The whitespace-separated tokens of a line, a space before a colon removed ("部门 ：X" → "部门：X"). */
function tokens(text: string): string[] {
  return text.replace(/\s+(?=[:：])/g, '').split(/\s+/).filter((t) => t.length > 0);
}

/** Cells that end a label's value: another label, a unit of measure, a number or a date. */
function isStop(token: string): boolean {
  return MEASURE.test(token) || /\d/.test(token) || /[:：]/.test(token);
}

/**
 * The name in `parts` (tokens after a label): all of them when they make a name, else the longest
 * leading run that does (江苏省人民检察院 合计 → 江苏省人民检察院), else the whole as it classifies.
 */
function valueOf(parts: string[]): { name: string; kind: NameClass } {
  const whole = compact(parts.join(''));
  const kind = classifyName(whole);
  if (kind === 'name' || kind === 'placeholder' || parts.length < 2) return { name: whole, kind };
  const headOf = compactHeads(parts);
  for (let n = parts.length - 1; n >= 1; n--) {
    const head = headOf(n);
    const headKind = classifyName(head);
    if (headKind === 'name' || headKind === 'placeholder') return { name: head, kind: headKind };
  }
  return { name: whole, kind };
}

/**
 * compact() of the first n parts joined, for any n. Normalising is per character except for a
 * comma (read by its neighbours) and whitespace, so parts without either are each normalised once
 * and joined, rather than every leading run normalised again (quadratic in a long label value).
 */
function compactHeads(parts: readonly string[]): (n: number) => string {
  if (parts.some((part) => /[,\s]/.test(part))) return (n) => compact(parts.slice(0, n).join(''));
  const forms = parts.map(compact);
  return (n) => forms.slice(0, n).join('');
}

/** A name is at most this many tokens (a letter-spaced name is one token per character). */
const MAX_VALUE_TOKENS = 40;

/** Tokens of a line up to the first stop token. */
function leadingTokens(line: Line): string[] {
  const out: string[] = [];
  for (const token of tokens(line.text)) {
    if (isStop(token) || out.length >= MAX_VALUE_TOKENS) break;
    out.push(token);
  }
  return out;
}

function isLabelLine(line: Line): boolean {
  const first = tokens(line.text)[0];
  return !!first && (LABEL.test(first) || MEASURE.test(first));
}

/** A value cut by a line break (上海市普陀区规划和自然 / 资源局): join the next lines' first tokens while that makes a name. */
function complete(value: { name: string; kind: NameClass }, lines: Line[], next: number): { name: string; kind: NameClass } {
  if (value.kind !== 'partial' && value.kind !== 'place') return value;
  let name = value.name;
  for (let k = next; k < Math.min(lines.length, next + 2); k++) {
    const line = lines[k]!;
    if (isLabelLine(line)) break;
    const first = tokens(line.text)[0];
    if (!first || first.length > 20 || isStop(first)) break;
    const fragment = compact(first);
    // A line that starts with place words starts a name of its own, not the rest of this one.
    if (placeLength(fragment) > 0) break;
    name += fragment;
    const kind = classifyName(name);
    if (kind === 'name' || kind === 'placeholder') return { name, kind };
    if (kind !== 'partial') break;
  }
  return value;
}

export function labelCandidates(lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Cheap test first: most lines carry no colon.
    if (line.text.indexOf('：') < 0 && line.text.indexOf(':') < 0) continue;
    const parts = tokens(line.text);
    // onlyStopsFrom[t]: every token from t on ends a value (so a label before t stands alone).
    const onlyStopsFrom: boolean[] = new Array<boolean>(parts.length + 1);
    onlyStopsFrom[parts.length] = true;
    for (let t = parts.length - 1; t >= 0; t--) onlyStopsFrom[t] = onlyStopsFrom[t + 1]! && isStop(parts[t]!);
    let lookedAhead = false;
    for (let t = 0; t < parts.length; t++) {
      // "单位：万元" is the unit of measure, not a label of the unit.
      if (MEASURE.test(parts[t]!)) continue;
      const m = LABEL.exec(parts[t]!);
      if (!m) continue;
      const rest: string[] = m[2] ? [m[2]] : [];
      let u = t + 1;
      if (m[2] && isStop(m[2])) rest.length = 0;
      else for (; u < parts.length && !isStop(parts[u]!) && rest.length < MAX_VALUE_TOKENS; u++) rest.push(parts[u]!);
      if (rest.length > 0) {
        const value = complete(valueOf(rest), lines, i + 1);
        if (value.kind && value.kind !== 'place') out.push({ name: value.name, kind: value.kind, source: 'label', line });
      } else if (!lookedAhead && (t === 0 || onlyStopsFrom[t + 1])) {
        // Reading-order text: the label alone ("编制部门：" / "单位：万元"), its value on a following line.
        lookedAhead = true;
        for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
          const next = lines[k]!;
          const first = tokens(next.text)[0];
          if (!first) continue;
          if (MEASURE.test(first) && leadingTokens(next).length === 0) continue;
          const lead = leadingTokens(next);
          if (lead.length === 0 || LABEL.test(first)) break;
          const value = complete(valueOf(lead), lines, k + 1);
          if (value.kind && value.kind !== 'place') out.push({ name: value.name, kind: value.kind, source: 'label-next', line: next });
          break;
        }
      }
      // One label per cell run: continue after the value.
      t = Math.max(t, u - 1);
    }
  }
  return out;
}

// ---------------------------------------------------------------- titles

/** A line that can be (part of) a title, compact: short, no sentence punctuation, no dotted leaders, no label. */
export function titleText(line: Line): string | null {
  return titleOf(normaliseLine(line));
}

const TITLE_TEXTS = Symbol('title texts');

/** titleText of every line of a document, once per lines array (names and document kind both read them). */
export function titleTexts(lines: readonly Line[]): readonly (string | null)[] {
  return memoPerLines(lines, TITLE_TEXTS, () => normalisedLines(lines).map(titleOf));
}

/** A normalised line as (part of) a title, or null. */
function titleOf(norm: string): string | null {
  if (norm.length === 0 || norm.length > 80) return null;
  if (/[，。；！？…]|\.{4}|·{4}/.test(norm)) return null;
  let text = norm.replace(/\s+/g, '');
  // "第二部分：…" / "公开01表：…": the colon belongs to the number, not to a label.
  text = text.replace(/^(第[一二三四五六七八九十]+部分|公开\d+表|表[一二三四五六七八九十\d]+)[：:]/, '$1');
  if (/[：:]/.test(text) || text.length > 60) return null;
  return text;
}

/** Numbering that starts a title: 第二部分, 一、, 1., （一）, 公开01表, 表一. */
export const NUMBERING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、．.]|\d{1,2}[、．.]|（[一二三四五六七八九十]+）|公开\d+表|表[一二三四五六七八九十]+|附件\d*)/;
const KIND = /预算|决算/;
/** What may follow 预算/决算 to the end of a title: 表, 总表, 公开, 情况说明 … and a bracket ((续), (公开版)). */
const KIND_TAIL = /^(公开表|公开|总表|表|情况说明|编制说明|说明|报告|文本)?(（[^（）]{1,10}）)?$/;
/** Table subjects that may stand between a name and 预算/决算 ("江苏省高级人民法院部门收支预算总表"). */
const SUBJECT_START = ['部门', '单位', '收支', '收入', '支出', '财务', '财政拨款', '一般公共', '政府性基金', '国有资本', '“三公”', '三公', '机关运行', '政府采购', '基本支出', '项目支出', '预算', '决算'];
const HEADING_TAIL = /^(部门|单位)?(概况|主要职能|职能|基本情况)$/;
const HEADING_WORD = /概况|职能|基本情况/;

interface Window {
  /** Compact text of the window's lines, numbering stripped from the first. */
  text: string;
  /** For each line of the window, the offset in `text` where it ends. */
  ends: number[];
}

/** The title tail from `at` (a 预算/决算 word) ends exactly where a line of the window ends. */
function endsTitle(window: Window, at: number): boolean {
  const end = window.ends.find((e) => e >= at + 2);
  if (end === undefined) return false;
  return KIND_TAIL.test(window.text.slice(at + 2, end));
}

/** The title's name when the window's first line starts it: "NAME 2024年度(部门)决算…" or "2024年度 NAME 部门预算…". */
function nameInTitle(window: Window): { name: string; end: number; heading: boolean } | null {
  const { text } = window;
  const year = /(?:19|20)\d{2}年/.exec(text);
  if (year && year.index > 0) {
    // NAME 2024年度…预算|决算, the title ending with its line.
    const after = year.index + 5;
    const kindAt = text.slice(after, after + 30).search(KIND);
    if (kindAt >= 0 && endsTitle(window, after + kindAt)) return { name: text.slice(0, year.index), end: year.index, heading: false };
  }
  if (year && year.index === 0) {
    // 2024年度 NAME 部门预算…: the name ends where a table subject or 预算/决算 starts.
    const start = text.startsWith('度', 5) ? 6 : 5;
    for (let k = start + 2; k < Math.min(text.length, start + 45); k++) {
      if (!SUBJECT_START.some((w) => text.startsWith(w, k))) continue;
      const name = text.slice(start, k);
      const kind = classifyName(name);
      if (kind !== 'name' && kind !== 'placeholder') continue;
      const kindAt = text.slice(k, k + 24).search(KIND);
      if (kindAt >= 0 && endsTitle(window, k + kindAt)) return { name, end: k, heading: false };
    }
    return null;
  }
  // NAME 部门预算 / NAME 单位决算 (no year); NAME 概况 / NAME 主要职能 (headings).
  const scoped = /(部门|单位)(预算|决算)/.exec(text);
  if (scoped && scoped.index > 0 && endsTitle(window, scoped.index + 2)) return { name: text.slice(0, scoped.index), end: scoped.index, heading: false };
  // Every heading tail holds one of these words: most windows hold none and need no search per end.
  if (!HEADING_WORD.test(text)) return null;
  for (const end of window.ends) {
    const tailStart = text.slice(0, end).search(/(部门|单位)?(概况|主要职能|职能|基本情况)$/);
    if (tailStart > 0 && HEADING_TAIL.test(text.slice(tailStart, end))) return { name: text.slice(0, tailStart), end: tailStart, heading: true };
  }
  return null;
}

/**
 * Names read from titles. Each title is read from every line that may start it (up to three lines
 * above the line holding its year or 预算/决算 word); of the readings that end at the same place
 * the one that starts with place words wins (the whole name, not the tail a wrap left on the
 * title's line), then the longest.
 */
export function titleCandidates(lines: Line[]): Candidate[] {
  const texts = titleTexts(lines);
  const best = new Map<string, { candidate: Candidate; place: number }>();
  for (let i = 0; i < lines.length; i++) {
    const first = texts[i];
    if (!first) continue;
    const numbering = NUMBERING.exec(first)?.[0] ?? '';
    let text = first.slice(numbering.length);
    const ends = [text.length];
    for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
      const next = texts[k];
      if (!next || lines[k]!.page !== lines[i]!.page || NUMBERING.test(next)) break;
      text += next;
      ends.push(text.length);
    }
    if (text.length === 0) continue;
    const found = nameInTitle({ text, ends });
    if (!found) continue;
    const kind = classifyName(found.name);
    if (!kind) continue;
    // Where the title's name ends: its line (index into `lines`) and offset; readings of one title share it.
    const lineOfEnd = i + ends.findIndex((e) => e >= found.end);
    const key = `${lineOfEnd}:${found.end - (ends[lineOfEnd - i - 1] ?? 0)}`;
    const candidate: Candidate = { name: found.name, kind, source: found.heading ? 'heading' : 'title', line: lines[i]! };
    const place = placeLength(found.name);
    const previous = best.get(key);
    if (!previous || place > previous.place || (place === previous.place && place === 0 && found.name.length > previous.candidate.name.length))
      best.set(key, { candidate, place });
  }
  return [...best.values()].map((b) => b.candidate);
}

/** How many of the first lines the cover's name may start on, and how many lines it may take. */
const COVER_START = 3;
const COVER_SPAN = 3;

/**
 * The name printed alone at the top of the cover, possibly over several lines and letter-spaced
 * ("江 苏 省 人 民 检 察 院"; "上海市普陀区规划和自然" / "资源局"): the longest run of at most three
 * title lines without figures that reads as a whole name.
 */
export function coverCandidates(lines: Line[]): Candidate[] {
  const head = lines.slice(0, COVER_START + COVER_SPAN).map(titleText);
  for (let s = 0; s < Math.min(COVER_START, head.length); s++) {
    if (!head[s]) continue;
    for (let span = COVER_SPAN; span >= 1; span--) {
      const parts = head.slice(s, s + span);
      if (parts.length < span || parts.some((p) => !p || /\d/.test(p))) continue;
      if (lines.slice(s, s + span).some((l) => l.page !== lines[s]!.page)) continue;
      const name = parts.join('');
      const kind = classifyName(name);
      if (kind === 'name' || kind === 'placeholder') return [{ name, kind, source: 'cover', line: lines[s]! }];
    }
    return [];
  }
  return [];
}
