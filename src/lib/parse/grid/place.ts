/**
 * Figures → columns by position. Figures keep their printed order, so the candidates are the
 * order-preserving ways to put n figures into m columns; each costs the distance of the figures
 * from their columns' anchors, allowing the row a common shift (figures are right-aligned under
 * centred headings) at half the price. When another way costs nearly as little, the row's sums (if
 * given) pick among the close ones; a figure whose column still differs between them is left
 * unplaced — never guessed.
 */
import { centre, type Token } from './tokens';

/** How many of the row's sums a candidate placement (column index → figure) breaks. */
export type RowArithmetic = (values: ReadonlyMap<number, Token>) => number;

export interface Assignment {
  /** Column index per figure, or null when it cannot be placed. */
  columns: (number | null)[];
  /** Why some figure is unplaced (Chinese), when one is. */
  reason?: string;
}

const MAX_WAYS = 5000;

export function assignFigures(
  figures: readonly Token[],
  anchors: readonly number[],
  unitWidth: number,
  options: { margin?: number; arithmetic?: RowArithmetic } = {}
): Assignment {
  const n = figures.length;
  const m = anchors.length;
  if (n === 0) return { columns: [] };
  if (n > m) return { columns: figures.map(() => null), reason: `本行有${n}个数字，但表头只有${m}列` };
  const margin = (options.margin ?? 3) * unitWidth;
  const ways: { cols: number[]; cost: number }[] = [];
  const walk = (index: number, from: number, cols: number[]) => {
    if (ways.length >= MAX_WAYS) return;
    if (index === n) {
      ways.push({ cols: [...cols], cost: shiftedCost(figures, cols, anchors) });
      return;
    }
    for (let col = from; col <= m - (n - index); col++) {
      cols.push(col);
      walk(index + 1, col + 1, cols);
      cols.pop();
    }
  };
  walk(0, 0, []);
  ways.sort((a, b) => a.cost - b.cost);
  const best = ways[0]!;
  let close = ways.filter((way) => way.cost <= best.cost + margin);
  if (close.length > 1 && options.arithmetic) {
    // Fewest broken sums wins: a row whose figures really do not add up (a printing error) is
    // still placed where its other sums hold, and the check stage reports the broken one.
    const broken = close.map((way) => options.arithmetic!(new Map(way.cols.map((col, index) => [col, figures[index]!]))));
    const fewest = Math.min(...broken);
    close = close.filter((_, index) => broken[index] === fewest);
  }
  const first = close[0]!;
  const columns = first.cols.map((col, index) => (close.every((way) => way.cols[index] === col) ? col : null));
  return columns.some((col) => col === null) ? { columns, reason: '数字的横向位置介于两列之间，表内算术也无法确定所属列' } : { columns };
}

/** Σ distance from the anchors after the best common shift, plus half the shift. */
function shiftedCost(figures: readonly Token[], cols: readonly number[], anchors: readonly number[]): number {
  const differences = cols.map((col, index) => centre(figures[index]!) - anchors[col]!);
  const shift = median(differences);
  return differences.reduce((sum, difference) => sum + Math.abs(difference - shift), 0) + Math.abs(shift) / 2;
}

/**
 * Where the columns' figures really sit: header labels are centred, figures right-aligned, so
 * rows that fill every column (or place without doubt) move each anchor to its figures' median;
 * columns no row used move by the mean shift of the others. Learned anchors must keep the
 * printed order.
 */
export function learnAnchors(
  rows: readonly Token[][],
  header: readonly number[],
  unitWidth: number,
  arithmetic?: (figures: readonly Token[]) => RowArithmetic | undefined
): { positions: number[]; fromRows: boolean } {
  const complete = rows.filter((figures) => figures.length === header.length && header.length > 0);
  if (complete.length > 0) {
    const positions = header.map((_, index) => median(complete.map((figures) => centre(figures[index]!))));
    if (inOrder(positions)) return { positions, fromRows: true };
  }
  const seen: number[][] = header.map(() => []);
  for (const figures of rows) {
    const assignment = assignFigures(figures, header, unitWidth, { arithmetic: arithmetic?.(figures) });
    if (assignment.reason) continue;
    figures.forEach((figure, index) => seen[assignment.columns[index]!]!.push(centre(figure)));
  }
  const moved = seen.map((centres, index) => (centres.length ? median(centres) - header[index]! : null));
  const known = moved.filter((shift): shift is number => shift !== null);
  if (known.length === 0) return { positions: [...header], fromRows: false };
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  const positions = header.map((position, index) => position + (moved[index] ?? mean));
  return inOrder(positions) ? { positions, fromRows: false } : { positions: [...header], fromRows: false };
}

function inOrder(positions: readonly number[]): boolean {
  return positions.every((position, index) => index === 0 || position > positions[index - 1]!);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
