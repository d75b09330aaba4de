/**
 * Glyph runs of one page → lines of cells. Runs whose baselines lie within a fraction of the font
 * size form one line (ordered top to bottom); inside a line, runs are ordered by x and merged into
 * cells: touching runs join directly ("201" + "8" → "2018"), a word gap joins with a space (unless
 * it separates a figure from words), and a gap wider than about one character starts a new cell.
 * Cells keep x0/x1 in PDF points.
 */
import { normaliseText, tidyCells } from '../normalise-text';
import type { Cell } from '../types';
import type { GlyphRun } from './items';

/** Baselines closer than this share of the font size are one line. */
const BASELINE_TOLERANCE = 0.35;
/** A gap up to this share of the font size joins without a space (kerning, split numbers). */
const TOUCHING = 0.12;
/** A gap above this share of the font size (about one CJK character) starts a new cell. */
const CELL_GAP = 0.9;

export interface PositionedLine {
  /** Baseline, points from the top of the page. */
  y: number;
  /** Largest font size on the line, in points. */
  size: number;
  cells: Cell[];
}

export function pageLines(runs: readonly GlyphRun[]): PositionedLine[] {
  const sorted = dropOverprint([...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0));
  const groups: GlyphRun[][] = [];
  let anchor: GlyphRun | null = null;
  for (const run of sorted) {
    if (anchor && Math.abs(run.y - anchor.y) <= BASELINE_TOLERANCE * Math.max(run.size, anchor.size)) {
      groups[groups.length - 1]!.push(run);
      continue;
    }
    groups.push([run]);
    anchor = run;
  }
  return groups
    .map((group) => ({ y: group[0]!.y, size: Math.max(...group.map((run) => run.size)), cells: tidyCells(lineCells(group.sort((a, b) => a.x0 - b.x0)).flatMap(splitMixed)) }))
    .filter((line) => line.cells.length > 0);
}

function lineCells(runs: readonly GlyphRun[]): Cell[] {
  const cells: Cell[] = [];
  let text = '';
  let x0 = 0;
  let x1 = 0;
  let size = 0;
  for (const run of runs) {
    const gap = run.x0 - x1;
    const touching = gap <= TOUCHING * Math.min(size, run.size);
    if (text !== '' && gap <= CELL_GAP * Math.max(size, run.size) && (touching || !figureMeetsWords(text, run.text))) {
      text += touching ? run.text : ` ${run.text}`;
      x1 = Math.max(x1, run.x1);
      size = run.size;
      continue;
    }
    if (text !== '') cells.push(cell(text, x0, x1));
    text = run.text;
    x0 = run.x0;
    x1 = run.x1;
    size = run.size;
  }
  if (text !== '') cells.push(cell(text, x0, x1));
  return cells;
}

const FIGURE = /^[-+]?[\d,]*\.?\d+[%％]?$/;
const AMOUNT = /^-?[\d,]*\d\.\d{2}$/;

/**
 * A figure and a word across a word gap go to separate cells ("31,214,205.80" | "一、一般公共服务支出"
 * in adjacent columns), so each figure's x-range is its own and not a share of a longer cell.
 */
function figureMeetsWords(before: string, after: string): boolean {
  const last = before.slice(before.lastIndexOf(' ') + 1);
  const first = after.split(' ')[0]!;
  return FIGURE.test(last) !== FIGURE.test(first);
}

/**
 * A producer may write a figure and the next column's label as one text item
 * ("96,282,213.44 一、公共安全支出"): split it where a figure meets words, sharing the width by
 * glyph width (a CJK character is about twice as wide as a digit).
 */
function splitMixed(whole: Cell): Cell[] {
  const words = whole.text.split(' ');
  if (words.length < 2 || whole.x0 === undefined || whole.x1 === undefined) return [whole];
  const groups: string[][] = [];
  for (const word of words) {
    const last = groups[groups.length - 1];
    // Only an amount of a table (two decimals) followed by a label starts a new cell.
    const splits = last !== undefined && AMOUNT.test(last[last.length - 1]!) && /^[\u4e00-\u9fff一二三四五六七八九十（(]/.test(word);
    if (last && !splits) last.push(word);
    else groups.push([word]);
  }
  if (groups.length < 2) return [whole];
  const weight = (text: string) => [...text].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  const total = weight(whole.text);
  const unit = (whole.x1 - whole.x0) / total;
  const out: Cell[] = [];
  let offset = 0;
  groups.forEach((group, index) => {
    const text = group.join(' ');
    const x0 = whole.x0! + offset * unit;
    out.push(cell(text, x0, x0 + weight(text) * unit));
    offset += weight(text) + (index < groups.length - 1 ? 1 : 0);
  });
  return out;
}

function cell(text: string, x0: number, x1: number): Cell {
  const clean = normaliseText(text).replace(/\s+/g, ' ').trim();
  return { text: clean, x0: round(x0), x1: round(x1) };
}

/** Two decimals are finer than any printed gap and keep the output stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Producers fake bold type by painting the same text twice, slightly shifted: keep one copy
 * (pdftotext does the same), so "合计" does not come out as "合合计计".
 */
function dropOverprint(runs: GlyphRun[]): GlyphRun[] {
  const out: GlyphRun[] = [];
  for (const run of runs) {
    let twin = false;
    // Runs are sorted by y: look back only while baselines are still within reach.
    for (let index = out.length - 1; index >= 0 && run.y - out[index]!.y < 0.25 * run.size; index--) {
      const kept = out[index]!;
      if (kept.text === run.text && Math.abs(kept.x0 - run.x0) < 0.25 * run.size) {
        twin = true;
        break;
      }
    }
    if (!twin) out.push(run);
  }
  return out;
}
