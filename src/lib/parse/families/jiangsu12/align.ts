/**
 * Place a row's figures into header columns when some cells are blank (nine columns, eight
 * figures). Figures keep their printed order, so every placement is an order-preserving choice
 * of columns. Candidates that break the table's arithmetic are dropped; among the rest the one
 * whose figure positions best match the header positions wins. Header and figure positions may
 * drift apart across a wide table (layout text lays each line out on its own grid), so the match
 * allows a common shift and scale (least-squares affine fit) and scores the residual.
 * A placement is returned only when it is clearly better than the runner-up — never a guess.
 *
 * Generic; kept here until the shared layout machinery (../../layout) has an equivalent.
 */
import { center } from './tokens';

export interface Span {
  x0: number;
  x1: number;
}

export const ARITHMETIC_FAILS = '任何列位安排都不满足表内勾稽关系';

export type Placement = { ok: true; columns: number[] } | { ok: false; reason: string };

/** Columns chosen for each figure (increasing), or why none could be chosen. */
export function placeFigures(
  figures: Span[],
  columns: Span[],
  accept: (columnOfFigure: number[]) => boolean = () => true
): Placement {
  if (figures.length > columns.length) return { ok: false, reason: '数字多于表头列数' };
  if (figures.length === 0) return { ok: true, columns: [] };
  const scored: { columns: number[]; cost: number }[] = [];
  for (const choice of combinations(columns.length, figures.length)) {
    if (!accept(choice)) continue;
    scored.push({ columns: choice, cost: fitCost(figures.map(center), choice.map((c) => center(columns[c]!))) });
  }
  if (scored.length === 0) return { ok: false, reason: ARITHMETIC_FAILS };
  scored.sort((a, b) => a.cost - b.cost);
  const best = scored[0]!;
  const second = scored[1];
  if (!second) return { ok: true, columns: best.columns };
  const gap = minGap(columns);
  // Clearly better: the runner-up's residual is larger by at least a tenth of a column gap squared.
  if (second.cost - best.cost < (gap * gap) / 10) return { ok: false, reason: '按位置无法区分两种列位安排' };
  return { ok: true, columns: best.columns };
}

function minGap(columns: Span[]): number {
  const centers = columns.map(center).sort((a, b) => a - b);
  let gap = Infinity;
  for (let i = 1; i < centers.length; i++) gap = Math.min(gap, centers[i]! - centers[i - 1]!);
  return Number.isFinite(gap) && gap > 0 ? gap : 1;
}

/** Residual sum of squares of figure ≈ a·header + b, with a kept near 1 (0.8…1.25). */
function fitCost(figure: number[], header: number[]): number {
  const n = figure.length;
  const meanH = header.reduce((s, v) => s + v, 0) / n;
  const meanF = figure.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (header[i]! - meanH) * (figure[i]! - meanF);
    sxx += (header[i]! - meanH) ** 2;
  }
  const slope = n < 3 || sxx === 0 ? 1 : Math.min(1.25, Math.max(0.8, sxy / sxx));
  let cost = 0;
  for (let i = 0; i < n; i++) cost += (figure[i]! - (meanF + slope * (header[i]! - meanH))) ** 2;
  // With one or two figures a free shift would fit anything: score the raw distance instead.
  if (n < 3) cost = figure.reduce((s, v, i) => s + (v - header[i]!) ** 2, 0);
  return cost;
}

function* combinations(m: number, k: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = start; i <= m - (k - prefix.length); i++) yield* combinations(m, k, i + 1, [...prefix, i]);
}
