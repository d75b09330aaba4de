/**
 * The solver's inner DP over a node's children: the set of reachable column sums, each with its
 * cheapest cost. Sums are deduplicated by a numeric hash and an element-wise compare instead of a
 * joined string key (the hot path of the whole ingest); states keep first-insertion order, as the
 * Map keyed by the joined sum did, so truncation to the cheapest states picks the same ones.
 */
import type { Fen } from '../../../model/amount';

export interface States {
  sums: Fen[][];
  costs: number[];
}

export function initialStates(width: number): States {
  return { sums: [new Array<Fen>(width).fill(0)], costs: [0] };
}

function hashOf(sum: readonly Fen[]): number {
  let hash = 0;
  for (let i = 0; i < sum.length; i++) {
    const value = sum[i]!;
    hash = (Math.imul(hash, 31) + (value | 0)) | 0;
    hash = (Math.imul(hash, 31) + ((value / 4294967296) | 0)) | 0;
  }
  return hash;
}

function sameSum(a: readonly Fen[], b: readonly Fen[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** States after adding one child: every state × every child option, cheapest cost per distinct sum. */
export function addChild(states: States, childValues: readonly (readonly Fen[])[], childCosts: readonly number[], width: number): States {
  if (childValues.length === 1) {
    // One option shifts every (distinct) sum by the same vector: sums stay distinct, order kept.
    const values = childValues[0]!;
    const shift = childCosts[0]!;
    const sums = states.sums.map((base) => {
      const sum = new Array<Fen>(width);
      for (let i = 0; i < width; i++) sum[i] = (base[i]! + values[i]!) as Fen;
      return sum;
    });
    return { sums, costs: states.costs.map((cost) => cost + shift) };
  }
  const sums: Fen[][] = [];
  const costs: number[] = [];
  const head = new Map<number, number>();
  const next: number[] = [];
  // Sums are built in one scratch row and copied only when they found a new state: most
  // combinations repeat a sum already reached (and a cheaper repeat has the same contents).
  const scratch = new Array<Fen>(width);
  for (let s = 0; s < states.sums.length; s++) {
    const base = states.sums[s]!;
    const baseCost = states.costs[s]!;
    for (let c = 0; c < childValues.length; c++) {
      const values = childValues[c]!;
      for (let i = 0; i < width; i++) scratch[i] = (base[i]! + values[i]!) as Fen;
      const cost = baseCost + childCosts[c]!;
      const hash = hashOf(scratch);
      const first = head.get(hash) ?? -1;
      let found = -1;
      for (let k = first; k !== -1; k = next[k]!) {
        if (sameSum(sums[k]!, scratch)) {
          found = k;
          break;
        }
      }
      if (found === -1) {
        next.push(first);
        head.set(hash, sums.length);
        sums.push(scratch.slice());
        costs.push(cost);
      } else if (costs[found]! > cost) {
        costs[found] = cost;
      }
    }
  }
  return { sums, costs };
}

/** The `limit` cheapest states (stable: ties keep insertion order). */
export function cheapest(states: States, limit: number): States {
  const order = states.costs.map((_, i) => i).sort((a, b) => states.costs[a]! - states.costs[b]!);
  const kept = order.slice(0, limit);
  return { sums: kept.map((i) => states.sums[i]!), costs: kept.map((i) => states.costs[i]!) };
}

/** Min over states of state cost + columns (among `checked`) where the sum differs from `values`. */
export function bestMatch(states: States, values: readonly Fen[], checked: readonly boolean[]): number {
  let best = Infinity;
  const width = values.length;
  for (let s = 0; s < states.sums.length; s++) {
    const sum = states.sums[s]!;
    let mismatches = 0;
    for (let i = 0; i < width; i++) if (checked[i] && sum[i] !== values[i]) mismatches++;
    const cost = states.costs[s]! + mismatches;
    if (cost < best) best = cost;
  }
  return best;
}
