import { describe, expect, it } from 'vitest';
import { assignNames, centredRuns } from './procurement-names';

/** centredRuns as first written: the split of each run found by walking it (quadratic per cost). */
function referenceRuns(positions: number[], targets: number[]): number[][] {
  const n = positions.length;
  const m = targets.length;
  const sum = (from: number, to: number) => positions.slice(from, to).reduce((a, b) => a + b, 0);
  const cost = (from: number, to: number, t: number) => {
    const target = targets[t]!;
    let split = from;
    while (split < to && positions[split]! < target) split++;
    const spread = (split - from) * target - sum(from, split) + sum(split, to) - (to - split) * target;
    if (to === from) return 0;
    const band = Math.abs(positions[from]! + positions[to - 1]! - 2 * target);
    return spread + Math.abs(sum(from, to) - (to - from) * target) + 2 * band;
  };
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
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

/** A small deterministic generator (the same cases every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('centredRuns', () => {
  it('gives the runs of the walking reference on 1,000 random tables', () => {
    const next = random(7);
    for (let round = 0; round < 1000; round++) {
      const positions = Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 60)).sort((a, b) => a - b);
      const targets = Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 60)).sort((a, b) => a - b);
      expect(centredRuns(positions, targets)).toEqual(referenceRuns(positions, targets));
    }
  });

  it('puts a fragment halfway between two figure lines with the row it makes symmetric', () => {
    // figure lines 2 and 6; fragments on 1, 3 (row of 2) and 4, 5, 7, 8 (row of 6)
    expect(centredRuns([1, 3, 4, 5, 7, 8], [2, 6])).toEqual([[0, 1], [2, 3, 4, 5]]);
  });
});

describe('assignNames', () => {
  it('reads a wrapped cell top to bottom and columns left to right', () => {
    const fragments = [
      { text: '部门集中采', x0: 10, x1: 60, index: 1 },
      { text: '货物', x0: 100, x1: 130, index: 2 },
      { text: '购', x0: 10, x1: 20, index: 3 },
      { text: '服务', x0: 100, x1: 130, index: 7 }
    ];
    expect(assignNames(fragments, [2, 7])).toEqual(['部门集中采购 / 货物', '服务']);
  });
});
