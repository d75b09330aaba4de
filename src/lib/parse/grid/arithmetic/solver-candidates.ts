/** The column solver's per-row candidates: order-preserving placements of a row's figures. */
import type { Fen } from '../../../model/amount';
import type { CellEvidence, RowEquation } from './solver';

export interface Candidate {
  slots: number[];
  values: Fen[];
  cost: number;
  rowViolations: number;
}

export function withoutZeroColumns(candidates: Candidate[], zeroColumns: number[]): Candidate[] {
  if (zeroColumns.length === 0) return candidates;
  const kept = candidates.filter((candidate) => zeroColumns.every((column) => candidate.values[column] === 0));
  return kept.length > 0 ? kept : candidates;
}

/** Order-preserving assignments of the figures to columns, keeping those with the fewest violated row equations. */
export function candidatesFor<C extends string>(
  figures: Fen[],
  width: number,
  equations: readonly RowEquation<C>[],
  index: Map<C, number>,
  evidence: CellEvidence<C>[]
): Candidate[] {
  if (figures.length > width) return [];
  const targets = equations.map((equation) => index.get(equation.target)!);
  const parts = equations.map((equation) => equation.parts.map((part) => index.get(part)!));
  const evidenceColumns = evidence.map((item) => index.get(item.column));
  // Only placements with the fewest violations are kept, in enumeration order: each is built in a
  // scratch row and copied only when it ties or beats the fewest so far (a wide table enumerates
  // hundreds of placements per row and keeps a handful).
  let kept: Candidate[] = [];
  let fewest = Infinity;
  const scratch = new Array<Fen>(width);
  for (const slots of combinations(width, figures.length)) {
    scratch.fill(0 as Fen);
    for (let i = 0; i < slots.length; i++) scratch[slots[i]!] = figures[i]!;
    let rowViolations = 0;
    for (let e = 0; e < targets.length; e++) {
      const target = scratch[targets[e]!]!;
      let sum = 0;
      for (const part of parts[e]!) sum += scratch[part]!;
      if (target !== sum) rowViolations++;
    }
    if (rowViolations > fewest) continue;
    if (rowViolations < fewest) {
      fewest = rowViolations;
      kept = [];
    }
    let cost = rowViolations;
    for (let e = 0; e < evidence.length; e++) {
      const i = evidenceColumns[e];
      if (i === undefined) continue;
      const item = evidence[e]!;
      const value = scratch[i]!;
      if (item.equals !== undefined && value !== item.equals) cost++;
      if (item.min !== undefined && value < item.min) cost++;
      if (item.max !== undefined && value > item.max) cost++;
    }
    kept.push({ slots, values: scratch.slice(), cost, rowViolations });
  }
  return kept;
}

/** k-of-n column choices in lexicographic order; shared and never mutated (candidates keep them as slots). */
const combinationCache = new Map<string, readonly number[][]>();

function combinations(n: number, k: number): readonly number[][] {
  const cacheKey = `${n},${k}`;
  const cached = combinationCache.get(cacheKey);
  if (cached) return cached;
  const result: number[][] = [];
  const picked = Array.from({ length: k }, (_, i) => i);
  if (k <= n) {
    for (;;) {
      result.push([...picked]);
      let i = k - 1;
      while (i >= 0 && picked[i] === n - k + i) i--;
      if (i < 0) break;
      picked[i]!++;
      for (let j = i + 1; j < k; j++) picked[j] = picked[j - 1]! + 1;
    }
  }
  combinationCache.set(cacheKey, result);
  return result;
}

