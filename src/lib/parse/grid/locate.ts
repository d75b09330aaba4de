/**
 * Locating tables: titles by the family's aliases, under any numbering (表1, 表一, 公开01表,
 * 公开表一, 一、, 1.), with the year and unit printed in them or not, wrapped over two lines or
 * labelled on the line above; confirmed by what follows a title (a unit or owner line, header
 * words, figures — a table of contents or a narrative heading has none of these); each table's
 * lines run to the next title, a part heading or prose, across pages when the next page carries
 * on with the table.
 */
import type { Line } from '../../extract/types';
import type { MeasureUnit } from '../../model/amount';
import { headerMeaning, wordForm } from '../../model/vocabulary';
import type { TableSpec } from './spec';
import { isCodePart, isFigureText, lineTokens } from './tokens';
import { appendAll } from '../../model/arrays';
import { memoPerLines } from '../document-memo';

export interface LocatedTable {
  spec: TableSpec;
  /** Numbering as printed (表1, 公开05表, 一), or null. */
  label: string | null;
  /** Title as printed (wrapped lines joined, label left out). */
  title: string;
  /** The title's first line (the label's line when the label stands above it). */
  start: Line;
  /** Lines after the title up to the table's end (owner and unit lines included). */
  body: Line[];
}

const NUMBERING =
  /^(?:附表\s*\d{1,2}|表\s*\d{1,2}(?![\d.,])|表[一二三四五六七八九十]{1,3}|公开\s*\d{1,2}\s*表|公开表\s*[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[.．、](?!\d))\s*[:：]?\s*/;
const LABEL_ALONE = /^(?:附表\s*\d{1,2}|表\s*\d{1,2}|表[一二三四五六七八九十]{1,3}|公开\s*\d{1,2}\s*表|公开表\s*[一二三四五六七八九十]{1,3})\s*[:：]?$/;
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
const UNIT_LINE = /单位\s*[:：]\s*(万元|元)/;
const OWNER_LINE = /^(编制(部门|单位)|部门名称|单位名称|预算(主管)?(部门|单位)|部门|单位)\s*[:：]/;
const LEADERS = /[.…·。]{4,}|…{2,}/;
const MAX_TITLE = 56;

/** A title's wording without numbering, continuation marks or an inline unit, in wordForm. */
function titleForm(text: string): { label: string | null; form: string } {
  const trimmed = text.trim();
  const numbering = NUMBERING.exec(trimmed);
  const rest = numbering ? trimmed.slice(numbering[0].length) : trimmed;
  const form = wordForm(rest)
    .replace(/\(?(?:金额)?单位[:：](万元|元)\)?$/, '')
    .replace(/\(续(表)?\)$|续表$/, '')
    // A short qualifier after the title: "…支出预算表（一般公共预算）".
    .replace(/(表)\([^()]{1,10}\)$/, '$1');
  return { label: numbering ? wordForm(numbering[0]).replace(/[:：、.．]$/, '') : null, form };
}

/** The spec whose title matches most of the wording ("财政拨款收支预算总表" is t4, not the t1 收支预算总表). */
function matchSpec(form: string, specs: readonly TableSpec[]): TableSpec | null {
  if (!form.endsWith('表') || form.length > MAX_TITLE || /[,，。；;]/.test(form)) return null;
  let best: { spec: TableSpec; length: number } | null = null;
  for (const spec of specs) {
    for (const title of spec.titles) {
      const length = title.exec(form)?.[0].length ?? -1;
      if (length > (best?.length ?? -1)) best = { spec, length };
    }
  }
  return best?.spec ?? null;
}

interface TitleHit {
  spec: TableSpec;
  label: string | null;
  title: string;
  /** Index of the first title line (or the label line above it). */
  index: number;
  /** Index of the last title line. */
  last: number;
}

function titleAt(lines: readonly Line[], index: number, specs: readonly TableSpec[]): TitleHit | null {
  const line = lines[index]!;
  // Every title ends in 表, on its line or on the short line it wraps onto: most lines stop here.
  if (!line.text.includes('表') && !lines[index + 1]?.text.includes('表')) return null;
  if (LEADERS.test(line.text) || line.text.length > 90) return null;
  const candidates: { text: string; last: number }[] = [{ text: line.text, last: index }];
  const next = lines[index + 1];
  // A title wrapped onto a short second line ("…会议费、培训费" / "支出预算表"); a line with figures
  // is no title's first half, and a next line that is a title by itself stands alone.
  const wraps =
    next !== undefined &&
    next.page === line.page &&
    !wordForm(line.text).endsWith('表') &&
    wordForm(next.text).length <= 20 &&
    !LEADERS.test(next.text) &&
    !lineTokens(line).some((token) => token.kind === 'figure' && /[.,]/.test(token.text)) &&
    matchSpec(titleForm(next.text).form, specs) === null;
  if (wraps) {
    candidates.push({ text: `${line.text}${next!.text.trim()}`, last: index + 1 });
  }
  for (const candidate of candidates) {
    const { label, form } = titleForm(candidate.text);
    const spec = matchSpec(form, specs);
    if (!spec) continue;
    let start = index;
    let printedLabel = label;
    const above = lines[index - 1];
    if (!printedLabel && above && LABEL_ALONE.test(above.text.trim())) {
      printedLabel = wordForm(above.text).replace(/[:：]$/, '');
      start = index - 1;
    }
    return { spec, label: printedLabel, title: candidate.text.trim().replace(NUMBERING, ''), index: start, last: candidate.last };
  }
  return null;
}

/** Header words, figures or codes: the lines a table starts with. */
export function looksLikeTableLine(line: Line): boolean {
  const tokens = lineTokens(line);
  if (tokens.length === 0) return false;
  if (tokens.some((token) => token.kind === 'figure' && /[.,]/.test(token.text))) return true;
  if (isCodePart(tokens[0]!.text) && tokens[0]!.text.length >= 3) return true;
  const known = tokens.filter((token) => headerMeaning(token.text) !== null).length;
  return known >= 2 || (known >= 1 && tokens.length <= 2);
}

/** What follows a real title: its owner or unit line, or the table itself, before any other title. */
function confirmed(lines: readonly Line[], hit: TitleHit, specs: readonly TableSpec[]): boolean {
  for (let i = hit.last + 1; i < Math.min(lines.length, hit.last + 7); i++) {
    const line = lines[i]!;
    if (titleAt(lines, i, specs) || PART_HEADING.test(line.text.trim())) return false;
    if (UNIT_LINE.test(line.text) || OWNER_LINE.test(line.text.trim())) return true;
    if (looksLikeTableLine(line)) return true;
    if (/[。；]/.test(line.text)) return false;
  }
  return false;
}

export function unitOfLine(line: Line): MeasureUnit | null {
  const match = UNIT_LINE.exec(line.text);
  return match ? (match[1] as MeasureUnit) : null;
}

/**
 * A line saying the table has nothing in it: 此表为空 / 本表无数据 / 为空表 / a lone 无, or a note
 * (注：/说明：) that the unit has no such spending (我单位无…支出安排).
 */
export function declaresEmpty(text: string): boolean {
  const trimmed = text.trim();
  if (/为空表|是空表|本表无数据|无此项(支出|数据)|此表为空|本表为空|^无[。.]?$/.test(trimmed)) return true;
  return /^(注|说明)/.test(trimmed) && /为空|无.*(数据|安排|支出|收入)/.test(trimmed);
}

export function isOwnerOrUnitLine(line: Line): boolean {
  return UNIT_LINE.test(line.text) || OWNER_LINE.test(line.text.trim());
}

/** A lone page number ("12", "- 12 -", "第12页") at the top or bottom of a page. */
export function isPageNumberLine(line: Line, pageLines: readonly Line[]): boolean {
  const edge = line === pageLines[0] || line === pageLines[pageLines.length - 1];
  return edge && /^(?:[-—－]\s*)?\d{1,4}(?:\s*[-—－])?$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?$/.test(line.text.trim());
}

/**
 * A table the family does not know starts here: its label alone (表 11) or a title ending in 表
 * with its owner or unit line right below.
 */
function startsOtherTable(region: readonly Line[], index: number): boolean {
  const line = region[index]!;
  if (index > 0 && LABEL_ALONE.test(line.text.trim())) return true;
  // No title without 表 (wordForm never makes one): spares a wordForm of nearly every body line.
  if (!line.text.includes('表')) return false;
  const form = wordForm(line.text);
  if (!form.endsWith('表') || form.length > MAX_TITLE || /[,，。；;]/.test(form) || LEADERS.test(line.text)) return false;
  return region.slice(index + 1, index + 3).some((next) => UNIT_LINE.test(next.text) || OWNER_LINE.test(next.text.trim()));
}

/** Running text: a sentence that is no note under a table. */
function isProse(line: Line): boolean {
  const text = line.text.trim();
  return /。/.test(text) && wordForm(text).length > 24 && !/^(注|说明|备注)\s*[:：]?/.test(text);
}

const TITLE_STARTS = Symbol('title starts');

/**
 * The lines titleAt can read a title from (it or the next line holds 表), once per document:
 * every family's table sets scan the same lines, and most lines hold no 表.
 */
function titleStarts(lines: readonly Line[]): readonly number[] {
  return memoPerLines(lines, TITLE_STARTS, () => {
    const starts: number[] = [];
    for (let i = 0; i < lines.length; i++) if (lines[i]!.text.includes('表') || lines[i + 1]?.text.includes('表')) starts.push(i);
    return starts;
  });
}

/**
 * Every table of `specs` the lines hold, in printed order. A title repeated for the same table
 * (a continuation page) continues it.
 */
export function locateTables(lines: readonly Line[], specs: readonly TableSpec[]): LocatedTable[] {
  const hits: TitleHit[] = [];
  // Lines up to `next` belong to a title already found.
  let next = 0;
  for (const i of titleStarts(lines)) {
    if (i < next) continue;
    const hit = titleAt(lines, i, specs);
    if (!hit || !confirmed(lines, hit, specs)) continue;
    hits.push(hit);
    next = hit.last + 1;
  }
  const regions = titlesTrail(hits, lines) ? trailingRegions(hits, lines) : leadingRegions(hits, lines);
  const located: LocatedTable[] = [];
  hits.forEach((hit, k) => {
    const body = regions[k]!;
    const previous = located[located.length - 1];
    if (previous && previous.spec === hit.spec && previous.body.length > 0 && continues(previous, hit, lines)) {
      appendAll(previous.body, body);
      return;
    }
    located.push({ spec: hit.spec, label: hit.label, title: hit.title, start: lines[hit.index]!, body });
  });
  return located;
}

/** Where a located table begins and ends in the document (its title may follow its rows). */
export function tableSpan(located: LocatedTable, last: Line): { first: Line; lastLine: number } {
  const first = located.body[0] && located.body[0].line < located.start.line ? located.body[0] : located.start;
  return { first, lastLine: Math.max(last.line, located.start.line) };
}

/** Each title heads the lines after it, up to the next title. */
function leadingRegions(hits: readonly TitleHit[], lines: readonly Line[]): Line[][] {
  return hits.map((hit, k) => cutBody(lines.slice(hit.last + 1, hits[k + 1]?.index ?? lines.length)));
}

const isLabelAlone = (line: Line | undefined) => line !== undefined && LABEL_ALONE.test(line.text.trim());

/**
 * Text in content order (copied from a viewer) can give each page's title after its table: the
 * numbering (表十) starts the table, the title follows its rows, and the next table's numbering
 * follows the title. Then every title (but perhaps the last) has a label right after it and none
 * before it.
 */
function titlesTrail(hits: readonly TitleHit[], lines: readonly Line[]): boolean {
  const trailing = hits.filter((hit) => isLabelAlone(lines[hit.last + 1]) && hit.label === null).length;
  return trailing >= 2 && trailing * 2 >= hits.length;
}

/**
 * Trailing titles: a table is its numbering line and what follows, up to its title; lines between a
 * title and the next numbering (header lines printed after the title) still belong to the table
 * the title names, and so do the lines after the last title up to prose or a part heading.
 */
function trailingRegions(hits: readonly TitleHit[], lines: readonly Line[]): Line[][] {
  const regions: Line[][] = hits.map(() => []);
  hits.forEach((hit, k) => {
    const from = k > 0 ? hits[k - 1]!.last + 1 : firstLabelAbove(hit, lines);
    const region = lines.slice(from, hit.index);
    const label = region.findIndex((line) => isLabelAlone(line));
    if (k > 0 && label > 0) appendAll(regions[k - 1]!, region.slice(0, label));
    regions[k] = label >= 0 ? region.slice(label) : region;
  });
  const last = hits[hits.length - 1];
  if (last) appendAll(regions[hits.length - 1]!, cutBody(lines.slice(last.last + 1)));
  return regions.map((region) => region.filter((line) => !isProse(line)));
}

/** Where the first table of trailing titles starts: the nearest numbering line above its title. */
function firstLabelAbove(hit: TitleHit, lines: readonly Line[]): number {
  for (let i = hit.index - 1; i >= 0; i--) {
    if (isLabelAlone(lines[i])) return i;
    if (PART_HEADING.test(lines[i]!.text.trim()) || isProse(lines[i]!)) break;
  }
  return hit.index;
}

/** The repeated title of the table just read, on the next page: the same table goes on. */
function continues(previous: LocatedTable, hit: TitleHit, lines: readonly Line[]): boolean {
  const last = previous.body[previous.body.length - 1]!;
  return lines[hit.index]!.page === last.page + 1 || lines[hit.index]!.page === last.page;
}

/**
 * A table ends at a part heading or at prose; on a page break it goes on only when the next page
 * starts with its header or its rows.
 */
function cutBody(region: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < region.length; i++) {
    const line = region[i]!;
    if (PART_HEADING.test(line.text.trim()) || isProse(line) || startsOtherTable(region, i)) break;
    const previous = region[i - 1];
    if (previous && line.page !== previous.page && out.length > 0) {
      const page = region.filter((candidate) => candidate.page === line.page);
      const head = page.filter((candidate) => !isPageNumberLine(candidate, page) && !isOwnerOrUnitLine(candidate)).slice(0, 3);
      const carriesOn = head.findIndex(looksLikeTableLine);
      if (carriesOn < 0 || head.slice(0, carriesOn).some(isProse)) break;
    }
    out.push(line);
  }
  return out;
}
