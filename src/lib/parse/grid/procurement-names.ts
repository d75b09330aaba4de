/**
 * Names of the 政府采购 rows from wrapped cell fragments. Rows of the table occupy disjoint
 * vertical bands and every cell is centred on its figure line, so the fragments (in line order)
 * are split into consecutive runs, one per figure line, each centred on it. Within a run the
 * fragments are grouped into columns by horizontal overlap (only among themselves: the columns
 * shift from page to page), and each column is read top to bottom ("部门集中采" + "购").
 */
import { overlap } from './tokens';

export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  /** Position in the table's line sequence. */
  index: number;
}

/** One name per figure line: its columns left to right, joined with " / ". */
export function assignNames(fragments: Fragment[], figureIndexes: number[]): string[] {
  const ordered = [...fragments].sort((a, b) => a.index - b.index || a.x0 - b.x0);
  const runs = centredRuns(ordered.map((f) => f.index), figureIndexes);
  return runs.map((run) => cellTexts(run.map((i) => ordered[i]!)).join(' / '));
}

/** The fragments of one row, grouped into columns and read top to bottom, columns left to right. */
function cellTexts(fragments: Fragment[]): string[] {
  const columns: { x0: number; x1: number; parts: Fragment[] }[] = [];
  for (const fragment of fragments) {
    const hits = columns.filter((column) => overlap(column, fragment) > 0);
    const merged = { x0: fragment.x0, x1: fragment.x1, parts: [fragment] };
    for (const hit of hits) {
      merged.x0 = Math.min(merged.x0, hit.x0);
      merged.x1 = Math.max(merged.x1, hit.x1);
      merged.parts.push(...hit.parts);
      columns.splice(columns.indexOf(hit), 1);
    }
    columns.push(merged);
  }
  return columns
    .sort((a, b) => a.x0 - b.x0)
    .map((column) => column.parts.sort((a, b) => a.index - b.index || a.x0 - b.x0).map((f) => f.text).join(''))
    .filter(Boolean);
}

/**
 * Split sorted positions into consecutive runs, one per target. A run costs the distance of
 * each fragment to its target (so no run swallows a far band) plus how far the run's centre is
 * off, and how far its band (first to last line) is off centre: cells are vertically centred
 * on their figure line, so a fragment halfway between two figure lines goes to the row whose
 * band it makes symmetric.
 */
export function centredRuns(positions: number[], targets: number[]): number[][] {
  const n = positions.length;
  const m = targets.length;
  const prefix = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = prefix[k]! + positions[k]!;
  // best[t·(n+1) + i]: cost of placing the first i fragments into the first t targets; cut: where run t starts.
  const best = new Float64Array((m + 1) * (n + 1)).fill(Infinity);
  const cut = new Int32Array((m + 1) * (n + 1));
  const lowest = new Float64Array(n + 1);
  best[0] = 0;
  for (let t = 1; t <= m; t++) {
    const target = targets[t - 1]!;
    const first = firstAtOrAfter(positions, target);
    const previous = (t - 1) * (n + 1);
    // lowest[j]: the least cost of the first t − 1 runs ending at or before j.
    for (let j = 0, low = Infinity; j <= n; j++) lowest[j] = low = Math.min(low, best[previous + j]!);
    for (let i = 0; i <= n; i++) {
      let value = Infinity;
      let from = 0;
      // Runs ending at i, longest last. Their fragments' distance to the target (spread) only grows
      // as a run starts earlier, and every cost includes it: once the least earlier cost plus it
      // exceeds the best found, no earlier start can win (ties still reach the earliest start).
      for (let j = i; j >= 0; j--) {
        const split = Math.min(Math.max(first, j), i);
        const spread = (split - j) * target - (prefix[split]! - prefix[j]!) + (prefix[i]! - prefix[split]!) - (i - split) * target;
        if (lowest[j]! + spread > value) break;
        const cost = i === j ? 0 : spread + Math.abs(prefix[i]! - prefix[j]! - (i - j) * target) + 2 * Math.abs(positions[j]! + positions[i - 1]! - 2 * target);
        const total = best[previous + j]! + cost;
        if (total <= value) {
          value = total;
          from = j;
        }
      }
      best[t * (n + 1) + i] = value;
      cut[t * (n + 1) + i] = from;
    }
  }
  const runs: number[][] = [];
  let i = n;
  for (let t = m; t >= 1; t--) {
    const j = cut[t * (n + 1) + i]!;
    runs.unshift(Array.from({ length: i - j }, (_, k) => j + k));
    i = j;
  }
  return runs;
}

/** The first index whose position is ≥ target (positions sorted); within a run it is clamped to the run. */
function firstAtOrAfter(positions: readonly number[], target: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
