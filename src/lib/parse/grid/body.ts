/**
 * A table's data lines → raw rows, per side. Every token goes to the header column nearest to
 * it; the column says which side of the table it is on and whether it is a label, a code or a
 * figure. A row starts at a line that carries its key (a class code, a total word, a numbered or
 * known label); lines without a key belong to a neighbouring row: label fragments continue a
 * label wrapped over lines, figure-only lines are cells printed above or below their row's
 * baseline (producers centre cells vertically). Which neighbour is decided by distance (PDF
 * baselines, else line order), by the cells still free in each, and — when both fit — by the
 * row's own sums.
 */
import type { Line } from '../../extract/types';
import type { Column } from './header';
import { centre, isCodePart, lineTokens, type Token } from './tokens';

export interface Side {
  columns: Column[];
  /** Left edge of the side (−∞ for the first): where the previous side's cells end. */
  from: number;
}

export interface SidePart {
  line: Line;
  codes: string[];
  words: Token[];
  figures: Token[];
}

export interface RawRow {
  side: number;
  /** The line that carries the row's key (its source). */
  keyLine: Line;
  codes: string[];
  /** Label fragments in reading order. */
  words: string[];
  figures: Token[];
  lines: Line[];
}

/**
 * Splits columns into sides: a side starts at each name column (with the code columns just before
 * it). Where one side ends is read from the rows: labels are left-aligned in wide cells and
 * figures right-aligned, so the border is the x between the two sides that the fewest tokens cross.
 */
export function sidesOf(columns: readonly Column[], rows: readonly Token[][]): Side[] {
  const groups: Column[][] = [];
  let current: Column[] = [];
  let seenFigure = false;
  for (const column of columns) {
    const startsSide = (column.role.kind === 'name' || column.role.kind === 'code') && seenFigure;
    if (startsSide) {
      groups.push(current);
      current = [];
      seenFigure = false;
    }
    current.push(column);
    if (column.role.kind === 'figure' || column.role.kind === 'unknown') seenFigure = true;
  }
  if (current.length > 0) groups.push(current);
  const tokens = rows.flat();
  const figureColumns = columns.filter((column) => column.role.kind === 'figure' || column.role.kind === 'unknown');
  return groups.map((group, index) => {
    if (index === 0) return { columns: group, from: -Infinity };
    const previous = groups[index - 1]!;
    const lastFigure = [...previous].reverse().find((column) => column.role.kind === 'figure' || column.role.kind === 'unknown') ?? previous[previous.length - 1]!;
    // Right-aligned figures of the side's last column may reach past its heading.
    const reach = tokens
      .filter((token) => token.kind === 'figure' && /[.,]/.test(token.text) && nearest(figureColumns, centre(token)) === lastFigure)
      .reduce((max, token) => Math.max(max, token.x1), centre(lastFigure));
    return { columns: group, from: border(reach, Math.max(reach, centre(group[0]!)), tokens) };
  });
}

function nearest(columns: readonly Column[], x: number): Column | undefined {
  let best: Column | undefined;
  let distance = Infinity;
  for (const column of columns) {
    const d = Math.abs(centre(column) - x);
    if (d < distance) {
      distance = d;
      best = column;
    }
  }
  return best;
}

function border(from: number, to: number, tokens: readonly Token[]): number {
  if (to <= from) return from;
  const edges = [from, to, ...tokens.flatMap((token) => [token.x0, token.x1]).filter((x) => x > from && x < to)].sort((a, b) => a - b);
  let best = { x: (from + to) / 2, crossing: Infinity, gap: -1 };
  for (let i = 1; i < edges.length; i++) {
    const x = (edges[i - 1]! + edges[i]!) / 2;
    const gap = edges[i]! - edges[i - 1]!;
    const crossing = tokens.filter((token) => token.x0 < x && token.x1 > x).length;
    if (crossing < best.crossing || (crossing === best.crossing && gap > best.gap)) best = { x, crossing, gap };
  }
  return best.x;
}

function distance(token: Token, column: Column): number {
  const c = centre(token);
  if (c >= column.x0 && c <= column.x1) return 0;
  return Math.min(Math.abs(c - column.x0), Math.abs(c - column.x1));
}

/**
 * Each line's tokens by side: integers of code length in the label columns are code parts
 * (201 · 06 · 2010601), other words the label; figures are the amounts.
 */
export function lineParts(line: Line, sides: readonly Side[]): SidePart[] {
  const parts: SidePart[] = sides.map(() => ({ line, codes: [], words: [], figures: [] }));
  for (const token of lineTokens(line)) {
    let side = 0;
    sides.forEach((candidate, s) => {
      if (centre(token) >= candidate.from) side = s;
    });
    let column: Column | undefined;
    let d = Infinity;
    for (const candidate of sides[side]?.columns ?? []) {
      const dc = distance(token, candidate);
      if (dc < d) {
        d = dc;
        column = candidate;
      }
    }
    const part = parts[side]!;
    const role = column?.role.kind;
    const labelArea = role === undefined || role === 'name' || role === 'code';
    if (labelArea && isCodePart(token.text) && token.text.length !== 4 && token.text.length !== 6 && part.words.length === 0) part.codes.push(token.text);
    else if (token.kind === 'figure') part.figures.push({ ...token, line });
    else part.words.push(token);
  }
  return parts;
}

export interface RowKeyTest {
  /** Whether this side part starts a row (carries a key). */
  (part: SidePart, side: number): boolean;
}

export interface BandOptions {
  /** The column a figure would go to, under the columns of the page of `line` (the row's key line). */
  columnOf: (figure: Token, line: Line) => number | null;
  /** The row's sums hold with these figures (tie-break between two neighbours that both fit). */
  reconciles: (figures: readonly Token[], line: Line) => boolean;
  /** Label words that continue a previous row's label rather than start a new one. */
  continues?: (row: RawRow, words: string) => boolean;
  /** Label words that make the previous row's label a known one (it alone is not). */
  completes?: (row: RawRow, words: string) => boolean;
  /** The key line another side's part of this line went to (one printed line of figures stays together). */
  companion?: (line: Line) => Line | undefined;
}

interface Slot {
  part: SidePart;
  position: number;
  row: RawRow | null;
}

/**
 * Rows of one side from its line parts (in printed order). `position` orders lines vertically:
 * PDF baselines, or line numbers for text.
 */
export function buildRows(parts: readonly SidePart[], side: number, isKey: RowKeyTest, options: BandOptions): RawRow[] {
  const slots: Slot[] = parts
    .filter((part) => part.codes.length + part.words.length + part.figures.length > 0)
    .map((part) => ({ part, position: positionOf(part.line), row: null }));
  const all = parts.map((part) => positionOf(part.line));
  const pitch = typicalGap(all);
  // A gap well over the usual line step (a blank line in text) separates two rows' bands.
  const breaks = (a: number, b: number) => all.filter((p, i) => i > 0 && p > Math.min(a, b) && p <= Math.max(a, b) && p - all[i - 1]! > 1.5 * pitch).length;
  const rows: RawRow[] = [];
  for (const slot of slots) {
    if (!isKey(slot.part, side)) continue;
    slot.row = {
      side,
      keyLine: slot.part.line,
      codes: [...slot.part.codes],
      words: slot.part.words.map((word) => word.text),
      figures: [...slot.part.figures],
      lines: [slot.part.line]
    };
    rows.push(slot.row);
  }
  if (rows.length === 0) return rows;
  // Orphan figures first where only one neighbour can take them, then the rest.
  const loose = slots.filter((slot) => slot.row === null);
  for (const pass of [0, 1]) {
    for (const slot of loose) {
      if (slot.row) continue;
      const target = chooseRow(slot, slots, breaks, side, options, pass === 1);
      if (!target) continue;
      attach(target, slot.part, slot.position < positionOf(target.keyLine));
      slot.row = target;
    }
  }
  return rows;
}

/** Vertical order across a table's pages: PDF baselines within a page, else line numbers. */
function positionOf(line: Line): number {
  return line.page * 1e6 + (line.y ?? line.line * 10);
}

/** The usual vertical step between consecutive lines of a row's band. */
function typicalGap(positions: number[]): number {
  const gaps = positions.slice(1).map((p, i) => p - positions[i]!).filter((gap) => gap > 0).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)] ?? 10;
}

function attach(row: RawRow, part: SidePart, above: boolean): void {
  const words = part.words.map((word) => word.text);
  if (above) row.words.unshift(...words);
  else row.words.push(...words);
  row.figures.push(...part.figures);
  row.codes.push(...part.codes);
  row.lines.push(part.line);
  row.lines.sort((a, b) => a.line - b.line);
}

/** The rows just above and below a loose line (the nearest keyed lines), and which of them takes it. */
function chooseRow(
  slot: Slot,
  slots: readonly Slot[],
  breaks: (a: number, b: number) => number,
  side: number,
  options: BandOptions,
  lenient: boolean
): RawRow | null {
  const index = slots.indexOf(slot);
  const before = nearestKeyed(slots, index, -1);
  const after = nearestKeyed(slots, index, 1);
  const candidates = [before, after].filter((candidate): candidate is Slot => candidate !== null && candidate.row !== null);
  if (candidates.length === 0) return null;
  const { part } = slot;
  if (part.figures.length === 0) {
    // A label fragment goes to the clearly nearer row; else to a row without a name, else it
    // continues the label above (a wrapped label runs downwards).
    const words = part.words.map((word) => word.text).join('');
    if (!before?.row || !after?.row) return (before ?? after)?.row ?? null;
    // A line with only code parts carries on the code above it (201 / 06 / 01 printed stacked).
    if (words === '' && part.codes.length > 0) return before.row;
    // A fragment that completes the label above into a known row label ("1.一般公共预" + "算").
    if (options.completes?.(before.row, words)) return before.row;
    // Distances from the nearest line each row already holds.
    const up = Math.min(...before.row.lines.map((line) => Math.abs(slot.position - positionOf(line))));
    const down = Math.min(...after.row.lines.map((line) => Math.abs(positionOf(line) - slot.position)));
    const breaksUp = breaks(slot.position - up, slot.position);
    const breaksDown = breaks(slot.position, slot.position + down);
    if (breaksUp === 0 && breaksDown > 0) return before.row;
    if (breaksDown === 0 && breaksUp > 0) return after.row;
    if (up * 1.5 < down) return before.row;
    if (down * 1.5 < up) return after.row;
    // As near to both: a row printed without its name takes it (when no label line follows
    // that row), otherwise the label above continues.
    const nameless = (row: RawRow) => row.words.length === 0 && row.codes.length > 0;
    const next = slots[slots.indexOf(after) + 1];
    const nameBelow = next !== undefined && next.row === null && next.part.figures.length === 0 && next.part.words.length > 0 && breaks(after.position, next.position) === 0;
    if (nameless(after.row) && !nameless(before.row) && !nameBelow) return after.row;
    return options.continues?.(before.row, words) === false ? after.row : before.row;
  }
  let fits = candidates.filter((candidate) => free(candidate.row!, part.figures, options));
  const companion = options.companion?.(part.line);
  const together = fits.find((candidate) => candidate.row!.keyLine === companion);
  if (together) return together.row;
  if (fits.length === 2) {
    const unbroken = fits.filter((candidate) => breaks(candidate.position, slot.position) === 0);
    if (unbroken.length === 1) fits = unbroken;
  }
  if (fits.length === 1) return fits[0]!.row;
  if (fits.length === 0) return null;
  const [a, b] = fits as [Slot, Slot];
  const da = Math.abs(a.position - slot.position);
  const db = Math.abs(b.position - slot.position);
  // Clearly nearer (PDF baselines: a cell printed high sits a few points from its row).
  if (Math.min(da, db) * 2 < Math.max(da, db)) return (da < db ? a : b).row;
  const ra = options.reconciles([...a.row!.figures, ...part.figures], a.row!.keyLine);
  const rb = options.reconciles([...b.row!.figures, ...part.figures], b.row!.keyLine);
  if (ra !== rb) return (ra ? a : b).row;
  if (!lenient) return null;
  // Both fit and nothing tells them apart: the cell belongs to the row above (cells wrap downwards).
  return a.row;
}

function nearestKeyed(slots: readonly Slot[], index: number, step: -1 | 1): Slot | null {
  for (let i = index + step; i >= 0 && i < slots.length; i += step) {
    const slot = slots[i]!;
    if (slot.row && slot.row.keyLine === slot.part.line) return slot;
    if (Math.abs(i - index) > 3) return null;
  }
  return null;
}

/** None of the figures would land in a column the row already fills. */
function free(row: RawRow, figures: readonly Token[], options: BandOptions): boolean {
  const taken = new Set(row.figures.map((figure) => options.columnOf(figure, row.keyLine)));
  return figures.every((figure) => {
    const column = options.columnOf(figure, row.keyLine);
    return column !== null && !taken.has(column);
  });
}
