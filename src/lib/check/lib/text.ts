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

export function joinedText(d: Disclosure): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const line of d.lines) {
    starts.push(text.length);
    // Seed text wraps inside words: CJK continues without a space; Latin/digits keep one.
    const joiner = text && /[\dA-Za-z.%]$/.test(text) && /^[\dA-Za-z]/.test(line.text) ? ' ' : '';
    if (joiner) starts[starts.length - 1] = text.length + 1;
    text += joiner + line.text;
  }
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
      return d.lines[lo]!;
    }
  };
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

export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}
