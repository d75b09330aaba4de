/**
 * Positioned tokens of a line: text runs and figures, each with an x-range in the extractor's
 * own unit (character columns for layout text, PDF points for PDFs). Nothing here depends on
 * the unit: positions are only compared with each other.
 *
 * Generic; kept in this folder until the shared layout machinery (../../layout) exists.
 */
import { parseAmount, type Fen, type MeasureUnit } from '../../../model/amount';
import type { Line } from '../../../extract/types';

export interface Token {
  text: string;
  x0: number;
  x1: number;
  /** Parsed figure in 分 (in the table's unit), or null for text. */
  figure: Fen | null;
}

/** A printed amount: 1,234.56 · 1234.56 · 0.50 (Jiangsu tables always print decimals). */
const DECIMAL_FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+$/;
/** A whole cell holding an integer is a figure too (but "（20 万以" inside text is not). */
const INTEGER_FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)$/;
/** Function (3/5/7 digits) or economic (3/5 digits) code at the start of a line. */
export const CODE = /^\d{3}(?:\d{2}){0,2}$/;

function width(text: string): number {
  let w = 0;
  for (const char of text) w += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Splits cells into tokens. Cells whose words are separated by single spaces are split where
 * a word is a decimal figure ("9,066.79 一、一般公共服务支出"), or a code as the line's first
 * word; other words stay together ("PC 服务器"). Word positions are interpolated by display
 * width inside the cell.
 */
export function lineTokens(line: Line, unit: MeasureUnit = '万元'): Token[] {
  const tokens: Token[] = [];
  line.cells.forEach((cell, cellIndex) => {
    const x0 = cell.x0 ?? 0;
    const x1 = cell.x1 ?? x0 + width(cell.text);
    const words = cell.text.split(' ').filter(Boolean);
    const total = width(cell.text) || 1;
    const scale = (x1 - x0) / total;
    let offset = 0;
    let pending: { text: string; start: number; end: number } | null = null;
    const flush = () => {
      if (!pending) return;
      tokens.push({ text: pending.text, x0: x0 + pending.start * scale, x1: x0 + pending.end * scale, figure: null });
      pending = null;
    };
    words.forEach((word, wordIndex) => {
      const start = cell.text.indexOf(word, offset);
      const startW = width(cell.text.slice(0, start));
      const endW = startW + width(word);
      offset = start + word.length;
      const wholeCell = words.length === 1;
      const firstOfLine = cellIndex === 0 && wordIndex === 0;
      const isFigure =
        DECIMAL_FIGURE.test(word) || (wholeCell && !firstOfLine && INTEGER_FIGURE.test(word));
      const isLeadingCode = firstOfLine && CODE.test(word) && words.length > 1;
      if (isFigure || isLeadingCode) {
        flush();
        tokens.push({
          text: word,
          x0: x0 + startW * scale,
          x1: x0 + endW * scale,
          figure: isFigure ? parseAmount(word, unit) : null
        });
        return;
      }
      if (pending) {
        pending.text += ' ' + word;
        pending.end = endW;
      } else pending = { text: word, start: startW, end: endW };
    });
    flush();
  });
  return demoteEmbeddedIntegers(tokens);
}

/**
 * An integer printed inside wrapped text ("算 20 万以" when a PDF gives "20" its own item) is
 * text, not a figure: a figure stands apart from its neighbours by more than a character or so.
 */
function demoteEmbeddedIntegers(tokens: Token[]): Token[] {
  return tokens.map((token, i) => {
    if (token.figure === null || !INTEGER_FIGURE.test(token.text)) return token;
    const unit = (token.x1 - token.x0) / Math.max(1, width(token.text));
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const tight = (prev && token.x0 - prev.x1 < 1.5 * unit) || (next && next.x0 - token.x1 < 1.5 * unit);
    return tight ? { ...token, figure: null } : token;
  });
}

export const isFigure = (token: Token): boolean => token.figure !== null;

/** Text of a line without any whitespace, for pattern matching across extractors. */
export const compact = (text: string): string => text.replace(/\s+/g, '');

export const center = (span: { x0: number; x1: number }): number => (span.x0 + span.x1) / 2;

export const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1;
