/**
 * Header columns of a position-based table. A leaf label broken over several lines
 * ("公务用车" / "运行维护" / "费") is followed downwards: a fragment continues the column whose
 * last fragment, at most three lines above, starts or centres within two character widths of
 * it; otherwise it opens a new column. Overlap alone is not enough: layout text squeezes
 * neighbouring header fragments into each other. Group headers that span several columns
 * ("“三公”经费", "公务用车购置及运行维护费") are dropped first.
 *
 * Generic; kept here until the shared layout machinery (../../layout) has an equivalent.
 */
import type { Line } from '../../../extract/types';
import { center, compact, lineTokens, type Token } from './tokens';

export interface HeaderColumn {
  text: string;
  x0: number;
  x1: number;
}

interface Building {
  parts: string[];
  x0: number;
  x1: number;
  last: Token;
  lastRow: number;
}

export function headerColumns(lines: Line[], spanning: RegExp): HeaderColumn[] {
  const columns: Building[] = [];
  lines.forEach((line, row) => {
    for (const token of lineTokens(line)) {
      if (token.figure !== null) continue;
      const text = compact(token.text);
      if (!text || spanning.test(text)) continue;
      const tolerance = 2 * charWidth(token);
      let best: Building | null = null;
      let bestDistance = Infinity;
      for (const column of columns) {
        if (row - column.lastRow > 3 || row === column.lastRow) continue;
        const distance = Math.min(Math.abs(column.last.x0 - token.x0), Math.abs(center(column.last) - center(token)));
        if (distance <= tolerance && distance < bestDistance) {
          best = column;
          bestDistance = distance;
        }
      }
      if (best) {
        best.parts.push(text);
        best.x0 = Math.min(best.x0, token.x0);
        best.x1 = Math.max(best.x1, token.x1);
        best.last = token;
        best.lastRow = row;
      } else columns.push({ parts: [text], x0: token.x0, x1: token.x1, last: token, lastRow: row });
    }
  });
  return columns.map((c) => ({ x0: c.x0, x1: c.x1, text: c.parts.join('') })).sort((a, b) => a.x0 - b.x0);
}

/** Width of one half-width character in the extractor's unit (CJK counts as two). */
function charWidth(token: Token): number {
  let units = 0;
  for (const char of token.text) units += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return units > 0 ? (token.x1 - token.x0) / units : 1;
}
