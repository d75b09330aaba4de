/**
 * Positioned tokens: a line's cells split into words, figures and code parts, each with an
 * x-range in the line's own unit (PDF points or layout-text character columns; for text without
 * positions, the token's index). Nothing here depends on the unit: positions are only compared
 * with each other.
 */
import type { Line } from '../../extract/types';
import { isAmountToken, isDamagedAmountToken } from '../../model/amount';
import { headerMeaning } from '../../model/vocabulary';

export type TokenKind = 'figure' | 'word';

export interface Token {
  text: string;
  x0: number;
  x1: number;
  kind: TokenKind;
  /** The line the token was printed on (set where rows gather tokens from several lines). */
  line?: Line;
}

/** A printed amount: 1,234.56 · 1234.56 · 1234 · -3.00 · (for OCR-like damage, see `isDamagedAmountToken`). */
export function isFigureText(text: string): boolean {
  return isAmountToken(text);
}

/** 201 · 06 · 2010601 · 30101: class-code parts as printed in code columns. */
export function isCodePart(text: string): boolean {
  return /^\d{2,7}$/.test(text);
}

/**
 * Tokens of a line. Positioned lines keep their x; unpositioned ones get x = token index, so the
 * order is all that counts.
 */
export function lineTokens(line: Line): Token[] {
  const tokens: Token[] = [];
  if (!line.positioned) {
    line.cells.forEach((cell) => {
      for (const word of splitGlued(cell.text)) tokens.push(token(word, tokens.length, tokens.length + 0.5));
    });
    return tokens;
  }
  for (const cell of line.cells) {
    if (cell.x0 === undefined || cell.x1 === undefined) continue;
    tokens.push(...splitCell(cell.text, cell.x0, cell.x1));
  }
  // Extractors may deliver cells in reading order (column by column); positions decide.
  return tokens.sort((a, b) => a.x0 - b.x0);
}

function token(text: string, x0: number, x1: number): Token {
  // A damaged figure takes its column like any figure; reading it gives no value (read.ts says so).
  return { text, x0, x1, kind: isFigureText(text) || isDamagedAmountToken(text) ? 'figure' : 'word' };
}

/** Splits "31,214,205.80 一、一般公共服务支出" into its words, x by character share. */
function splitCell(text: string, x0: number, x1: number): Token[] {
  const chars = [...text];
  const perChar = chars.length > 0 ? (x1 - x0) / chars.length : 0;
  const words: Token[] = [];
  let start = -1;
  chars.forEach((char, index) => {
    if (char !== ' ' && start < 0) start = index;
    if ((char === ' ' || index === chars.length - 1) && start >= 0) {
      const end = char === ' ' ? index : index + 1;
      let offset = start;
      for (const part of splitGlued(chars.slice(start, end).join(''))) {
        const length = [...part].length;
        words.push(token(part, x0 + offset * perChar, x0 + (offset + length) * perChar));
        offset += length;
      }
      start = -1;
    }
  });
  return mergeWords(words);
}

/** "30218专用材料费" (a code printed against its name) → "30218", "专用材料费". */
function splitGlued(text: string): string[] {
  const glued = /^(\d{3}(?:\d{2}){0,2})([\u4e00-\u9fff（(].*)$/.exec(text);
  return glued ? [glued[1]!, glued[2]!] : [text];
}

/**
 * Re-joins words of one label split at a single space ("1. 一般公共预算资金"); figures and codes
 * stay apart, and so do two header words printed a space apart ("基本支出 项目支出").
 */
function mergeWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const current of tokens) {
    const last = out[out.length - 1];
    const twoHeadings = last !== undefined && headerMeaning(last.text) !== null && headerMeaning(current.text) !== null;
    if (last && last.kind === 'word' && current.kind === 'word' && !isCodePart(last.text) && !isCodePart(current.text) && !twoHeadings) {
      out[out.length - 1] = { text: `${last.text} ${current.text}`, x0: last.x0, x1: current.x1, kind: 'word' };
    } else out.push(current);
  }
  return out;
}

/** Typical width of one character among these tokens, for tolerances that hold in points and columns. */
export function charWidth(tokens: readonly Token[]): number {
  let width = 0;
  let chars = 0;
  for (const t of tokens) {
    width += t.x1 - t.x0;
    chars += [...t.text].length;
  }
  return chars > 0 && width > 0 ? width / chars : 1;
}

export function centre(span: { x0: number; x1: number }): number {
  return (span.x0 + span.x1) / 2;
}

export function overlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}

/** Text without whitespace, for matching across extractors. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
