/**
 * Text inputs → pages of lines. Two shapes are recognised:
 * - seed-style text: one cell per whitespace-separated token, x unknown;
 *   pages end at a form feed, at a run of three or more blank lines, or (where the producer
 *   marks them so) before a line that starts with a single space.
 * - layout text (`pdftotext -layout`): cells are separated by runs of two or more spaces and
 *   their character columns are positions; every form feed ends a page, so an empty page keeps
 *   its number (page N of the text is page N of the PDF); cells get the same clean-up as PDF
 *   cells (tidyCells: letter-spacing undone, detached "%" re-attached).
 */
import { decodeText } from './decode';
import { normaliseText, tidyCells } from './normalise-text';
import type { Cell, ExtractResult, Line, Page } from './types';

export function extractText(file: string, bytes: Uint8Array): ExtractResult {
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return decoded;
  const rawLines = decoded.text.replace(/\r\n?/g, '\n').split('\n');
  const layout = isLayoutText(rawLines);
  const pageStarts = layout ? new Set<number>() : singleSpacePageStarts(rawLines);
  const pages: Page[] = [];
  let current: Page = { number: 1, lines: [] };
  let blankRun = 0;
  // Seed text collapses empty pages; layout text keeps them so numbers match the PDF's pages.
  const startPage = () => {
    if (current.lines.length > 0 || layout) {
      pages.push(current);
      current = { number: current.number + 1, lines: [] };
    }
  };
  rawLines.forEach((raw, index) => {
    const segments = raw.includes('\f') ? raw.split('\f') : [raw];
    segments.forEach((segment, segmentIndex) => {
      if (segmentIndex > 0) startPage();
      if (segment.trim() === '') {
        blankRun++;
        return;
      }
      if (!layout && (blankRun >= 3 || pageStarts.has(index))) startPage();
      blankRun = 0;
      const text = normaliseText(segment);
      const cells = layout ? layoutCells(text) : tokenCells(text);
      if (cells.length === 0) return;
      current.lines.push({
        page: current.number,
        line: index + 1,
        text: cells.map((cell) => cell.text).join(' '),
        cells,
        positioned: layout
      });
    });
  });
  if (current.lines.length > 0) pages.push(current);
  // pdftotext ends the last page with a form feed too: drop the empty pages it leaves behind.
  while (layout && pages.length > 0 && pages[pages.length - 1]!.lines.length === 0) pages.pop();
  const lines: Line[] = pages.flatMap((page) => page.lines);
  if (lines.length === 0) return { ok: false, error: { file, code: 'empty', message: `${file}：文件中没有文字内容` } };
  return {
    ok: true,
    document: { file, format: layout ? 'layout-text' : 'seed-text', encoding: decoded.encoding, pages, lines }
  };
}

function tokenCells(text: string): Cell[] {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => ({ text: token }));
}

/**
 * Cells of a layout line: runs separated by 2+ spaces; x = character column on pdftotext's grid,
 * where every character, CJK included, takes one column.
 */
export function layoutCells(text: string): Cell[] {
  const cells: Cell[] = [];
  const pattern = /\S+(?: \S+)*/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const x0 = codePoints(text.slice(0, match.index));
    cells.push({ text: match[0], x0, x1: x0 + codePoints(match[0]) });
  }
  return tidyCells(cells);
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Layout text has many lines with interior runs of 3+ spaces (table columns) or, for narrative
 * pages, many lines indented by 2+ spaces. Seed-style text has neither (at most a single
 * leading space marking a page start).
 */
function isLayoutText(lines: string[]): boolean {
  let wide = 0;
  let indented = 0;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    nonEmpty++;
    if (/\S {3,}\S/.test(line)) wide++;
    if (/^\f?  +\S/.test(line)) indented++;
  }
  return nonEmpty > 0 && (wide / nonEmpty > 0.15 || indented / nonEmpty > 0.15);
}

/**
 * Some producers mark a page's first line with one leading space and indent nothing else.
 * Only trusted when such lines are rare (under 5% of lines), so indented text is not split.
 */
function singleSpacePageStarts(lines: string[]): Set<number> {
  const starts = new Set<number>();
  let nonEmpty = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    nonEmpty++;
    if (/^ \S/.test(line) && index > 0) starts.add(index);
  });
  return starts.size > 0 && starts.size / Math.max(nonEmpty, 1) < 0.05 ? starts : new Set();
}
