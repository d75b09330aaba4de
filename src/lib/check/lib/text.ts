/** The document's lines as one running text (wrapped sentences joined), with offsets back to lines. */
import { lineSource as extractLineSource } from '../../extract/join';
import type { Line } from '../../extract/types';
import type { Disclosure } from '../../model/disclosure';
import type { SourceRef } from '../../model/source';

export interface JoinedText {
  text: string;
  /** The line holding the character at `offset`. */
  lineAt(offset: number): Line;
}

// Many rules read the same joined text; build it once per document's lines.
const joinedCache = new WeakMap<readonly Line[], JoinedText>();

export function joinedText(d: Disclosure): JoinedText {
  const cached = joinedCache.get(d.lines);
  if (cached) return cached;
  const joined = buildJoinedText(d.lines);
  joinedCache.set(d.lines, joined);
  return joined;
}

function isLatinTail(code: number): boolean {
  // [\dA-Za-z.%]
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46 || code === 37;
}

function isLatinHead(code: number): boolean {
  // [\dA-Za-z]
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function buildJoinedText(lines: readonly Line[]): JoinedText {
  const starts: number[] = new Array(lines.length);
  const parts: string[] = [];
  let length = 0;
  // Char code of the running text's last character (-1 while empty): only it decides the joiner.
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!.text;
    // Seed text wraps inside words: CJK continues without a space; Latin/digits keep one.
    const joiner = last >= 0 && isLatinTail(last) && lineText.length > 0 && isLatinHead(lineText.charCodeAt(0));
    if (joiner) {
      parts.push(' ');
      length += 1;
      last = 32;
    }
    starts[i] = length;
    parts.push(lineText);
    length += lineText.length;
    if (lineText.length > 0) last = lineText.charCodeAt(lineText.length - 1);
  }
  const text = parts.join('');
  return {
    text,
    lineAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lines[lo]!;
    }
  };
}

/** The lines joined by U+0000 (which no rule's pattern matches), with each line's start offset. */
interface SeparatedText {
  text: string;
  starts: number[];
}

const separatedCache = new WeakMap<readonly Line[], SeparatedText>();

function separatedText(lines: readonly Line[]): SeparatedText {
  let cached = separatedCache.get(lines);
  if (!cached) {
    const starts: number[] = new Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i]!.text.length + 1;
    }
    cached = { text: lines.map((line) => line.text).join('\u0000'), starts };
    separatedCache.set(lines, cached);
  }
  return cached;
}

/**
 * Every match of `pattern` (global, unanchored, unable to match U+0000) line by line, in line
 * order, as `line.text.matchAll(pattern)` per line would find them; one scan over the document
 * is several times faster than one matchAll per line. `index` of each match is within its line.
 */
export function scanLines(d: Disclosure, pattern: RegExp, each: (match: RegExpMatchArray, line: Line, lineIndex: number) => void): void {
  const { text, starts } = separatedText(d.lines);
  let lineIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    while (lineIndex + 1 < starts.length && starts[lineIndex + 1]! <= at) lineIndex++;
    match.index = at - starts[lineIndex]!;
    each(match, d.lines[lineIndex]!, lineIndex);
  }
}

/** A line's SourceRef: for a document joined from several files, its own file, page and line. */
export function lineSource(d: Disclosure, line: Line): SourceRef {
  return extractLineSource(d.sourceFile, line);
}

/** Emits once per (pattern match, line): the caller's message gets the matched text. */
export function scanText(d: Disclosure, pattern: RegExp, each: (match: RegExpMatchArray, line: Line) => void): void {
  const joined = joinedText(d);
  for (const match of joined.text.matchAll(pattern)) each(match, joined.lineAt(match.index ?? 0));
}

/** Levenshtein distance over code points (astral characters count as one). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const width = y.length + 1;
  let prev = new Int32Array(width);
  let cur = new Int32Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    const xi = x[i - 1];
    for (let j = 1; j < width; j++) {
      const substitute = prev[j - 1]! + (xi === y[j - 1] ? 0 : 1);
      const remove = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      cur[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return prev[y.length]!;
}
