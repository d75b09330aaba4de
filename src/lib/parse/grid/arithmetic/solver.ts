/**
 * Column solver for text-only tables (x positions unknown). A printed row holds fewer figures than
 * the table has columns whenever cells are empty, so each figure's column is found from arithmetic:
 * order-preserving assignments of the figures to the columns are enumerated, those that best satisfy
 * the row equations are kept, and a DP over the row tree picks the combination that violates the
 * fewest equations (row equations, parent = Σ children per column, cross-table evidence).
 * Printed figures are never corrected; a row whose best placements tie is reported as ambiguous.
 */
import type { Fen } from '../../../model/amount';
import { outsideCosts } from './solver-outside';
import { candidatesFor, withoutZeroColumns, type Candidate } from './solver-candidates';
import { addChild, bestMatch, cheapest, initialStates, type States } from './solver-states';

/** target = Σ parts (column indices into `columns`). */
export interface RowEquation<C extends string = string> {
  target: C;
  parts: C[];
}

export interface SolverRow {
  /** Unique key (e.g. the code, 'total', or 'row:12'). */
  key: string;
  /** Key of the parent row; null for top-level rows (children of the table total). */
  parent: string | null;
  /** True for the table's total row (at most one): it becomes the tree root. */
  isTotal?: boolean;
  figures: Fen[];
}

/** Cross-table or domain evidence about one cell ('equals' also serves for known zeros). */
export interface CellEvidence<C extends string = string> {
  key: string;
  column: C;
  equals?: Fen;
  min?: Fen;
  max?: Fen;
}

export interface SolverInput<C extends string = string> {
  columns: readonly C[];
  equations: readonly RowEquation<C>[];
  rows: readonly SolverRow[];
  /** Known column totals of the table (apply to the total row, or to Σ top-level rows). */
  columnTotals?: Partial<Record<C, Fen>>;
  evidence?: readonly CellEvidence<C>[];
}

export interface RowPlacement<C extends string = string> {
  key: string;
  /** Column of each figure, or null when the optimal placements disagree about it. */
  columnOfFigure: (C | null)[];
  /** Every column whose value is certain: placed figures and columns empty in all optimal placements. */
  values: Partial<Record<C, Fen>>;
  /** Figures whose column is not certain. */
  unplaced: Fen[];
  /** Number of optimal placements (1 = unique). 0 when the row has more figures than columns. */
  alternatives: number;
  /** Equations this row violates in its chosen placement (row equations only). */
  rowViolations: number;
}

export interface SolverResult<C extends string = string> {
  placements: RowPlacement<C>[];
  /** Total violated equations of the best placement. */
  cost: number;
}


interface Node {
  key: string;
  candidates: Candidate[];
  children: Node[];
  /** Columns on which parent = Σ children is checked (all, or only evidenced ones for a virtual root). */
  checked: boolean[];
}

/** Cap on DP states per node; beyond it the cheapest states are kept (approximate, never hit on real tables). */
const STATE_LIMIT = 20_000;

export function solveColumns<C extends string>(input: SolverInput<C>): SolverResult<C> {
  const width = input.columns.length;
  const index = new Map(input.columns.map((column, i) => [column, i]));
  const evidenceByKey = new Map<string, CellEvidence<C>[]>();
  for (const item of input.evidence ?? []) {
    const list = evidenceByKey.get(item.key) ?? [];
    list.push(item);
    evidenceByKey.set(item.key, list);
  }
  const totalsEvidence = (key: string): CellEvidence<C>[] =>
    Object.entries(input.columnTotals ?? {}).map(([column, value]) => ({ key, column: column as C, equals: value as Fen }));

  // A column whose stated total is 0 holds no figure in a table of non-negative figures; dropping
  // such placements early keeps wide tables (12 funding columns) fast.
  const nonNegative = input.rows.every((row) => row.figures.every((figure) => figure >= 0));
  const zeroColumns = nonNegative
    ? Object.entries(input.columnTotals ?? {}).flatMap(([column, value]) => (value === 0 && index.has(column as C) ? [index.get(column as C)!] : []))
    : [];
  // Nodes are per printed row, not per key: a damaged table can repeat a code or its total line,
  // and a repeated key must neither overwrite a node nor make a row its own ancestor.
  const nodeOf = new Map<SolverRow, Node>();
  const byKey = new Map<string, Node>();
  const unreadableRows = new Set<SolverRow>();
  const totalRow = input.rows.find((row) => row.isTotal);
  for (const row of input.rows) {
    const evidence = [...(evidenceByKey.get(row.key) ?? []), ...(row.isTotal ? totalsEvidence(row.key) : [])];
    let candidates = withoutZeroColumns(candidatesFor(row.figures, width, input.equations, index, evidence), zeroColumns);
    if (candidates.length === 0) {
      // More figures than columns: unreadable; it takes part in sums as an empty row.
      unreadableRows.add(row);
      candidates = [{ slots: [], values: new Array<Fen>(width).fill(0), cost: 0, rowViolations: 0 }];
    }
    const node: Node = { key: row.key, candidates, children: [], checked: new Array<boolean>(width).fill(true) };
    nodeOf.set(row, node);
    if (!byKey.has(row.key)) byKey.set(row.key, node);
  }
  const root: Node = totalRow ? nodeOf.get(totalRow)! : virtualRoot(width, index, input.columnTotals ?? {});
  const parentOf = new Map<Node, Node>();
  const isAncestor = (candidate: Node, node: Node): boolean => {
    for (let current: Node | undefined = candidate; current; current = parentOf.get(current)) if (current === node) return true;
    return false;
  };
  for (const row of input.rows) {
    if (row === totalRow) continue;
    const node = nodeOf.get(row)!;
    const wanted = (row.parent != null ? byKey.get(row.parent) : undefined) ?? root;
    const parent = isAncestor(wanted, node) ? root : wanted;
    parent.children.push(node);
    parentOf.set(node, parent);
  }

  const cache = new Map<Node, number[]>();
  const solvedCache = new Map<Node, Solved>();
  const unforced: Options = (child) => ({ candidates: child.candidates, costs: best(child) });
  const solved = (node: Node): Solved => {
    let result = solvedCache.get(node);
    if (!result) {
      const prefixes: States[] = [];
      foldChildren(node, unforced, width, 0, initialStates(width), prefixes);
      result = { prefixes };
      solvedCache.set(node, result);
    }
    return result;
  };
  const best = (node: Node): number[] => {
    const cached = cache.get(node);
    if (cached) return cached;
    const result = evaluate(node, node.candidates, finalStates(solved(node)));
    cache.set(node, result);
    return result;
  };
  const optimum = Math.min(...best(root));
  // Which candidates reach the optimum: one top-down pass. A fold that had to drop states (a
  // table too damaged for its sums to single anything out) proves nothing: its rows with a choice
  // stay unplaced rather than placed by an approximation.
  const truncated = [...solvedCache.values()].some(({ prefixes }) => prefixes.some((states) => states.sums.length >= STATE_LIMIT));
  const outside = truncated
    ? null
    : outsideCosts(root, { best, prefixes: (node) => solved(node).prefixes, foldFrom: (node, from, start) => foldChildren(node, unforced, width, from, start) }, hasChoice);

  const placements: RowPlacement<C>[] = input.rows.map((row) => {
    const node = nodeOf.get(row)!;
    if (unreadableRows.has(row)) return unreadable(row);
    if (node.candidates.length === 1) return describe(row, node.candidates, input.columns);
    const optimal = outside ? node.candidates.filter((_, i) => outside.get(node)![i] === optimum) : node.candidates;
    return describe(row, optimal.length > 0 ? optimal : node.candidates, input.columns);
  });
  return { placements, cost: optimum };
}

/** True when the node or a descendant has more than one candidate (only those need outside costs). */
const choiceCache = new WeakMap<Node, boolean>();
function hasChoice(node: Node): boolean {
  let result = choiceCache.get(node);
  if (result === undefined) {
    result = node.candidates.length > 1 || node.children.some(hasChoice);
    choiceCache.set(node, result);
  }
  return result;
}

function virtualRoot<C extends string>(width: number, index: Map<C, number>, totals: Partial<Record<C, Fen>>): Node {
  const values = new Array<Fen>(width).fill(0);
  const checked = new Array<boolean>(width).fill(false);
  for (const [column, value] of Object.entries(totals)) {
    const i = index.get(column as C);
    if (i === undefined) continue;
    values[i] = value as Fen;
    checked[i] = true;
  }
  return { key: '\u0000root', candidates: [{ slots: [], values, cost: 0, rowViolations: 0 }], children: [], checked };
}

type Options = (child: Node) => { candidates: Candidate[]; costs: number[] };

/** DP states of a node's children under the unforced options, with the states before each child. */
interface Solved {
  /** prefixes[k] = states before child k; prefixes[children.length] = final states. */
  prefixes: States[];
}

function foldChildren(node: Node, options: Options, width: number, from: number, start: States, prefixes?: States[]): States {
  let states = start;
  for (let k = from; k < node.children.length; k++) {
    prefixes?.push(states);
    const { candidates: childCandidates, costs } = options(node.children[k]!);
    const next = addChild(
      states,
      childCandidates.map((candidate) => candidate.values),
      costs,
      width
    );
    states = next.sums.length > STATE_LIMIT ? cheapest(next, STATE_LIMIT) : next;
  }
  prefixes?.push(states);
  return states;
}

/** Subtree cost of each of `candidates` given the final states of the node's children. */
function evaluate(node: Node, candidates: Candidate[], states: States): number[] {
  if (node.children.length === 0) return candidates.map((candidate) => candidate.cost);
  return candidates.map((candidate) => candidate.cost + bestMatch(states, candidate.values, node.checked));
}

function finalStates(solved: Solved): States {
  return solved.prefixes[solved.prefixes.length - 1]!;
}

function describe<C extends string>(row: SolverRow, optimal: Candidate[], columns: readonly C[]): RowPlacement<C> {
  const columnOfFigure: (C | null)[] = row.figures.map((_, i) => {
    const slot = optimal[0]!.slots[i]!;
    return optimal.every((candidate) => candidate.slots[i] === slot) ? columns[slot]! : null;
  });
  const values: Partial<Record<C, Fen>> = {};
  columns.forEach((column, slot) => {
    if (optimal.every((candidate) => !candidate.slots.includes(slot))) values[column] = 0;
  });
  const unplaced: Fen[] = [];
  row.figures.forEach((figure, i) => {
    const column = columnOfFigure[i];
    if (column == null) unplaced.push(figure);
    else values[column] = figure;
  });
  return { key: row.key, columnOfFigure, values, unplaced, alternatives: optimal.length, rowViolations: optimal[0]!.rowViolations };
}

function unreadable(row: SolverRow): RowPlacement<never> {
  return { key: row.key, columnOfFigure: row.figures.map(() => null), values: {}, unplaced: [...row.figures], alternatives: 0, rowViolations: 0 };
}
