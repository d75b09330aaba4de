/**
 * Figure → column assignment for one printed row. Figures keep their printed order, so the
 * candidates are the order-preserving ways to put n figures into m columns; each costs the
 * distance of the figures from their columns' anchors. A row as long as the column list has
 * one way. When another way costs nearly as little, the table's arithmetic (if given) picks
 * among the close ones; a figure whose column still differs between them is left unplaced.
 */
import { centre, type Token } from './tokens';

/** How many of the table's sums a candidate placement (column index → figure text) breaks. */
export type RowArithmetic = (values: Map<number, string>) => number;

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
  const walk = (index: number, from: number, cols: number[], cost: number) => {
    if (ways.length >= MAX_WAYS) return;
    if (index === n) {
      ways.push({ cols: [...cols], cost });
      return;
    }
    // index < n and col < m here.
    const figure = figures[index]!;
    for (let col = from; col <= m - (n - index); col++) {
      cols.push(col);
      walk(index + 1, col + 1, cols, cost + Math.abs(centre(figure) - anchors[col]!));
      cols.pop();
    }
  };
  walk(0, 0, [], 0);
  ways.sort((a, b) => a.cost - b.cost);
  // 1 ≤ n ≤ m, so there is at least one way.
  const best = ways[0]!;
  let close = ways.filter((way) => way.cost <= best.cost + margin);
  if (close.length > 1 && options.arithmetic) {
    // Fewest broken sums wins: a row whose figures really do not add up (a printing error) is
    // still placed where its other sums hold, and the check stage reports the broken one.
    // A way's cols hold one column per figure.
    const broken = close.map((way) => options.arithmetic!(new Map(way.cols.map((col, index) => [col, figures[index]!.text]))));
    const fewest = Math.min(...broken);
    close = close.filter((_, index) => broken[index] === fewest);
  }
  // The best way is within its own margin, and the fewest-broken filter keeps at least one way.
  const first = close[0]!;
  const columns = first.cols.map((col, index) => (close.every((way) => way.cols[index] === col) ? col : null));
  return columns.some((col) => col === null)
    ? { columns, reason: '数字的横向位置介于两列之间，表内算术也无法确定所属列' }
    : { columns };
}
