/**
 * Finding tables in a text document: "表 N" labels and title aliases, each table's unit of measure
 * (单位:万元 / 单位：元) and the sentence that declares a table empty.
 */
import type { ExtractedDocument, Line } from '../../extract/types';
import type { MeasureUnit } from '../../model/amount';
import type { SourceRef } from '../../model/source';
import { compact } from './tokens';
import { sourceOf } from './rows';
import { memoPerLines } from '../document-memo';

export interface TitleAlias<Id extends string> {
  id: Id;
  /** Tested against the normalised title (no spaces, "" quotes, half-width brackets). */
  pattern: RegExp;
}

export interface TableSegment<Id extends string> {
  /** From the title when it matches an alias, else null. */
  id: Id | null;
  /** The printed label, e.g. "表1"; null when the title stands alone. */
  label: string | null;
  labelNumber: number | null;
  title: string;
  /** First line of the table (label or title). */
  start: Line;
  /** Lines after the title up to the next table or the next part heading. */
  body: Line[];
}

const LABEL = /^表\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s+(.*))?$/;
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
const CHINESE_DIGITS = '一二三四五六七八九';

/** Title text as the aliases see it: no spaces, straight quotes, half-width brackets. */
export function normaliseTitle(text: string): string {
  return compact(text)
    .replace(/[“”″＂]/g, '"')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

export function matchTitle<Id extends string>(text: string, aliases: readonly TitleAlias<Id>[]): Id | null {
  // Normalising never adds or removes a 表, and trimEnd drops exactly what compact's \s drops at the
  // end: most lines are rejected here without building the normalised title.
  if (!text.trimEnd().endsWith('表')) return null;
  const title = normaliseTitle(text);
  if (title.length > 40 || /[，。,；]/.test(title) || !title.endsWith('表')) return null;
  return aliases.find((alias) => alias.pattern.test(title))?.id ?? null;
}

export function labelNumber(text: string): number | null {
  const value = text.trim();
  if (/^\d+$/.test(value)) return Number(value);
  if (value === '十') return 10;
  const match = /^([一二三四五六七八九])?十?([一二三四五六七八九])?$/.exec(value);
  if (!match) return null;
  if (!value.includes('十')) return CHINESE_DIGITS.indexOf(value) + 1 || null;
  const tens = match[1] ? CHINESE_DIGITS.indexOf(match[1]) + 1 : 1;
  const ones = match[2] ? CHINESE_DIGITS.indexOf(match[2]) + 1 : 0;
  return tens * 10 + ones;
}

/** Memoised per document and alias list (identify and parseTables both ask): read-only result. */
export function findTableSegments<Id extends string>(
  document: ExtractedDocument,
  aliases: readonly TitleAlias<Id>[]
): readonly TableSegment<Id>[] {
  return memoPerLines(document.lines, aliases, () => scanSegments(document.lines, aliases));
}

function scanSegments<Id extends string>(lines: readonly Line[], aliases: readonly TitleAlias<Id>[]): TableSegment<Id>[] {
  const segments: TableSegment<Id>[] = [];
  let current: TableSegment<Id> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const label = LABEL.exec(line.text.trim());
    let start: TableSegment<Id> | null = null;
    if (label) {
      const inlineTitle = label[2] ?? '';
      const next = lines[i + 1];
      const titleLine = inlineTitle ? null : next && matchTitle(next.text, aliases) !== null ? next : null;
      const title = inlineTitle || titleLine?.text || '';
      start = {
        id: matchTitle(title, aliases),
        label: `表${label[1]}`,
        labelNumber: labelNumber(label[1]!),
        title: compact(title),
        start: line,
        body: []
      };
      if (titleLine) i++;
    } else {
      const id = matchTitle(line.text, aliases);
      if (id !== null && !(current && current.body.length === 0 && current.id === id)) {
        start = { id, label: null, labelNumber: null, title: compact(line.text), start: line, body: [] };
      }
    }
    if (start) {
      current = start;
      segments.push(start);
      continue;
    }
    if (PART_HEADING.test(line.text.trim())) {
      current = null;
      continue;
    }
    current?.body.push(line);
  }
  return segments;
}

/** 单位:万元 / 单位：元 in the table's first lines (the 编制单位 line). */
export function detectUnit(lines: readonly Line[]): { unit: MeasureUnit; line: Line } | null {
  for (const line of lines.slice(0, 12)) {
    const match = /单位\s*[:：]\s*(万元|元)/.exec(line.text);
    if (match) return { unit: match[1] as MeasureUnit, line };
  }
  return null;
}

const EMPTY_NOTE = /为空表|是空表|本表无数据|无此项(支出|数据)/;

/**
 * The sentence declaring the table empty ("…国有资本经营预算支出情况表为空表。"), joined across the
 * lines it wraps over; its source is its first line.
 */
export function findEmptyNote(file: string, lines: readonly Line[]): { source: SourceRef; lineNumbers: Set<number> } | null {
  const at = lines.findIndex((line) => EMPTY_NOTE.test(line.text));
  if (at < 0) return null;
  let first = at;
  while (first > 0) {
    const previous = lines[first - 1]!.text;
    if (/[。：:]$/.test(previous) || compact(previous).length < 15 || /^※|类\s*款/.test(previous)) break;
    first--;
  }
  const noteLines = lines.slice(first, at + 1);
  const source = sourceOf(file, noteLines[0]!);
  return {
    source: { ...source, text: noteLines.map((line) => line.text).join('') },
    lineNumbers: new Set(noteLines.map((line) => line.line))
  };
}
