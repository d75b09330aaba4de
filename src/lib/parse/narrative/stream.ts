/**
 * Lines → one normalised character stream that remembers, for every character, the line it
 * came from. Wrapped sentences ("减少 2.41" / "万元") and letter-spaced justified lines
 * ("江 苏 省 人 民") read as continuous text: whitespace is dropped except between two digits,
 * so two numbers never merge. ASCII punctuation that the documents mix in becomes full-width,
 * except a comma inside a number (21,940.96).
 */
import type { Line } from '../../extract/types';
import type { SourceRef } from '../../model/source';
import { memoPerLines } from '../document-memo';

export interface Stream {
  text: string;
  /** For each character of `text` (one entry per code point), the index of its line in `lines`. */
  lineIndex: number[];
  lines: Line[];
}

/** Full-width replacements, by UTF-16 code unit (the comma is decided by context). */
const PUNCT = new Map<number, number>([
  [0x3a, 0xff1a], // : → ：
  [0x3b, 0xff1b], // ; → ；
  [0x28, 0xff08], // ( → （
  [0x29, 0xff09], // ) → ）
  [0xff05, 0x25], // ％ → %
  [0x201e, 0x3014], // „ → 〔
  [0x201f, 0x3015], // ‟ → 〕
  [0xff0e, 0x2e] // ． → .
]);

/** 1 for the code units PUNCT maps (a typed lookup instead of a Map probe per character). */
const PUNCT_CODES = new Uint8Array(0x10000);
for (const code of PUNCT.keys()) PUNCT_CODES[code] = 1;

const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Exactly the code units JavaScript's /\s/ matches (no astral code point is whitespace). */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * One pass over the lines as if joined by spaces. `lineIndex` (when given) receives one entry per
 * emitted code point, as the stream has always counted (a surrogate pair is one entry). Unchanged
 * runs of a line are copied as slices: most characters pass through as they are.
 */
function normaliseLines(lines: readonly Line[], lineIndex: number[] | null): string {
  let out = '';
  let lastIsDigit = false;
  let pendingSpace = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    // Lines are joined by a space: a boundary is whitespace.
    if (i > 0) pendingSpace = true;
    const length = text.length;
    // text[run, j) is emitted unchanged but not yet copied.
    let run = 0;
    for (let j = 0; j < length; j++) {
      const code = text.charCodeAt(j);
      if (isSpaceCode(code)) {
        if (run < j) out += text.slice(run, j);
        run = j + 1;
        pendingSpace = true;
        continue;
      }
      const digit = isDigitCode(code);
      if (pendingSpace) {
        // Keep one space only between two digits (two numbers must not merge). Nothing is pending
        // in the run here: only whitespace (or the line start) precedes.
        if (lastIsDigit && digit) {
          out += ' ';
          lineIndex?.push(i);
          lastIsDigit = false;
        }
        pendingSpace = false;
      }
      if (code >= 0xd800 && code <= 0xdbff && j + 1 < length) {
        const low = text.charCodeAt(j + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          lineIndex?.push(i);
          lastIsDigit = false;
          j++;
          continue;
        }
      }
      let mapped = code;
      if (code === 0x2c) {
        const nextIsDigit = j + 1 < length && isDigitCode(text.charCodeAt(j + 1));
        mapped = lastIsDigit && nextIsDigit ? 0x2c : 0xff0c;
      } else if (PUNCT_CODES[code] === 1) {
        mapped = PUNCT.get(code)!;
      }
      if (mapped !== code) {
        out += text.slice(run, j) + String.fromCharCode(mapped);
        run = j + 1;
      }
      lineIndex?.push(i);
      lastIsDigit = digit;
    }
    if (run < length) out += run === 0 ? text : text.slice(run);
  }
  return out;
}

export function buildStream(lines: Line[]): Stream {
  const lineIndex: number[] = [];
  const text = normaliseLines(lines, lineIndex);
  return { text, lineIndex, lines };
}

/** The stream's text alone (no per-character line index to fill). */
export function streamText(lines: readonly Line[]): string {
  return normaliseLines(lines, null);
}

/** Normalise one short piece of text the same way (titles, names). */
export function normaliseSpan(text: string): string {
  return normaliseLines([{ page: 1, line: 1, text, cells: [], positioned: false }], null);
}

/** normaliseSpan(line.text). */
export function normaliseLine(line: Line): string {
  return normaliseSpan(line.text);
}

const NORMALISED = Symbol('normalised lines');

/**
 * Every line of a document normalised, once per lines array: regions, titles and document kind all
 * read the same document's lines. Memoised per array, not per line: a WeakMap entry per line cost
 * more than the normalising itself.
 */
export function normalisedLines(lines: readonly Line[]): readonly string[] {
  return memoPerLines(lines, NORMALISED, () => lines.map(normaliseLine));
}

export function sourceAt(stream: Stream, offset: number, file: string): SourceRef {
  const index = stream.lineIndex[Math.min(Math.max(offset, 0), stream.lineIndex.length - 1)] ?? 0;
  const line = stream.lines[index]!;
  return { file, page: line.page, line: line.line, text: line.text };
}
