/**
 * Per-document memo: family choice runs every family's identify() and the winner's parseTables()
 * then needs the same table scan, so scans are computed once per lines array (WeakMap: dropped
 * with the document). Results are shared, so callers must treat them as read-only.
 */
import type { Line } from '../extract/types';

const memos = new WeakMap<readonly Line[], Map<unknown, unknown>>();

export function memoPerLines<T>(lines: readonly Line[], key: unknown, compute: () => T): T {
  let memo = memos.get(lines);
  if (!memo) {
    memo = new Map();
    memos.set(lines, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

const COMPACTED = Symbol('compacted');

/** Each line's text without whitespace (`text.replace(/\s+/g, '')`), once per document. */
export function compactedLines(lines: readonly Line[]): readonly string[] {
  return memoPerLines(lines, COMPACTED, () => lines.map((line) => line.text.replace(/\s+/g, '')));
}
