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
  const prefix = [0];
  for (const p of positions) prefix.push(prefix[prefix.length - 1]! + p);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // The first position ≥ each target (positions are sorted): within a run [from, to) it is this, clamped to the run.
  const firstAtOrAfter = targets.map((target) => {
    let low = 0;
    let high = n;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (positions[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  });
  const cost = (from: number, to: number, t: number) => {
    const target = targets[t]!;
    const split = Math.min(Math.max(firstAtOrAfter[t]!, from), to);
    const spread = (split - from) * target - sum(from, split) + sum(split, to) - (to - split) * target;
    if (to === from) return 0;
    const band = Math.abs(positions[from]! + positions[to - 1]! - 2 * target);
    return spread + Math.abs(sum(from, to) - (to - from) * target) + 2 * band;
  };
  // best[t][i]: cost of placing the first i fragments into the first t targets.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  best[0]![0] = 0;
  for (let t = 1; t <= m; t++) {
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= i; j++) {
        const value = best[t - 1]![j]! + cost(j, i, t - 1);
        if (value < best[t]![i]!) {
          best[t]![i] = value;
          cut[t]![i] = j;
        }
      }
    }
  }
  const runs: number[][] = [];
  let i = n;
  for (let t = m; t >= 1; t--) {
    const j = cut[t]![i]!;
    runs.unshift(Array.from({ length: i - j }, (_, k) => j + k));
    i = j;
  }
  return runs;
}
