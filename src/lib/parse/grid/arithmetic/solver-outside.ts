/**
 * Exact optimum of the whole table with each node restricted to each of its candidates, for
 * every node at once (top-down). Total cost splits at a node P chosen as p into the cost outside
 * P's subtree (depends on P only through p) and P's subtree cost, so for child k of P forced to x:
 *   outside(k)[x] = min over p of (outside(P)[p] − best(P)[p]) + p.cost + best(k)[x]
 *                   + min over s in S_k of cost(s) + mismatches(s + x, p)
 * where S_k are the DP states of P's other children (prefix before k folded on with the children
 * after k). This equals re-solving the ancestors per forced candidate, which it replaces, as long
 * as no fold was truncated (the caller falls back otherwise).
 */
import type { Fen } from '../../../model/amount';
import { bestMatch, type States } from './solver-states';

export interface OutsideNode {
  candidates: readonly { values: readonly Fen[]; cost: number }[];
  children: readonly OutsideNode[];
  checked: readonly boolean[];
}

export interface OutsideSolve<N extends OutsideNode> {
  best(node: N): number[];
  /** states[k] = unforced DP states before child k. */
  prefixes(node: N): readonly States[];
  /** Fold children from..end onto `start` (unforced options). */
  foldFrom(node: N, from: number, start: States): States;
}

export function outsideCosts<N extends OutsideNode>(root: N, solve: OutsideSolve<N>, needed: (node: N) => boolean): Map<N, number[]> {
  const result = new Map<N, number[]>();
  result.set(root, solve.best(root));
  const visit = (node: N): void => {
    const outside = result.get(node)!;
    const inside = solve.best(node);
    const children = node.children as readonly N[];
    const prefixes = children.length > 0 ? solve.prefixes(node) : [];
    for (let k = 0; k < children.length; k++) {
      const child = children[k]!;
      if (!needed(child)) continue;
      const others = solve.foldFrom(node, k + 1, prefixes[k]!);
      const childBest = solve.best(child);
      const costs = child.candidates.map((x, xi) => {
        let min = Infinity;
        const target = new Array<Fen>(x.values.length);
        for (let p = 0; p < node.candidates.length; p++) {
          const parent = node.candidates[p]!;
          for (let i = 0; i < target.length; i++) target[i] = (parent.values[i]! - x.values[i]!) as Fen;
          const cost = outside[p]! - inside[p]! + parent.cost + bestMatch(others, target, node.checked);
          if (cost < min) min = cost;
        }
        return min + childBest[xi]!;
      });
      result.set(child, costs);
      visit(child);
    }
  };
  visit(root);
  return result;
}
