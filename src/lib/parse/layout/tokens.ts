/**
 * Positioned tokens: a line's cells split at single spaces, each with an x-range in the line's
 * own unit (PDF points or character columns). Column logic never assumes which unit it is.
 */
import { isAmountToken } from '../../model/amount';
import type { Line } from '../../extract/types';

export interface Token {
  text: string;
  x0: number;
  x1: number;
}

/**
 * Tokens of a positioned line. `grid` re-measures layout text on pdftotext's grid, where every
 * character (CJK included) takes one column: only the gaps between cells are taken from the
 * cells, so the result does not depend on how the extractor counted wide characters.
 */
export function lineTokens(line: Line, grid = false): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  let previousEnd = 0;
  line.cells.forEach((cell, index) => {
    if (cell.x0 === undefined || cell.x1 === undefined) return;
    let x0 = cell.x0;
    let x1 = cell.x1;
    if (grid) {
      x0 = index === 0 ? cell.x0 : cursor + (cell.x0 - previousEnd);
      x1 = x0 + [...cell.text].length;
      previousEnd = cell.x1;
      cursor = x1;
    }
    tokens.push(...splitCell(cell.text, x0, x1));
  });
  // Extractors may deliver cells in reading order (column by column); positions decide.
  return tokens.sort((a, b) => a.x0 - b.x0);
}

/** Splits "31,214,205.80 一、一般公共服务支出" into its words, x by character share. */
function splitCell(text: string, x0: number, x1: number): Token[] {
  const chars = [...text];
  const perChar = chars.length > 0 ? (x1 - x0) / chars.length : 0;
  const out: Token[] = [];
  let start = -1;
  chars.forEach((char, index) => {
    if (char !== ' ' && start < 0) start = index;
    if ((char === ' ' || index === chars.length - 1) && start >= 0) {
      const end = char === ' ' ? index : index + 1;
      out.push({ text: chars.slice(start, end).join(''), x0: x0 + start * perChar, x1: x0 + end * perChar });
      start = -1;
    }
  });
  return mergeWords(out);
}

/** Re-joins words of one label split at a single space ("1. 一般公共预算资金"); figures stay apart. */
function mergeWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (last && !isFigure(last.text) && !isFigure(token.text) && !isCodePart(last.text)) {
      out[out.length - 1] = { text: `${last.text} ${token.text}`, x0: last.x0, x1: token.x1 };
    } else out.push(token);
  }
  return out;
}

export function isFigure(text: string): boolean {
  return isAmountToken(text);
}

/** 201 · 06 · 2010601 · 30101: class code parts as printed in code columns. */
export function isCodePart(text: string): boolean {
  return /^\d{2,7}$/.test(text);
}

/** Typical width of one character on this line, for tolerances that hold in points and columns. */
export function charWidth(tokens: Token[]): number {
  let width = 0;
  let chars = 0;
  for (const token of tokens) {
    width += token.x1 - token.x0;
    chars += [...token.text].length;
  }
  return chars > 0 && width > 0 ? width / chars : 1;
}

export function centre(token: { x0: number; x1: number }): number {
  return (token.x0 + token.x1) / 2;
}

export function overlaps(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1;
}
