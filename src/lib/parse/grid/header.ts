/**
 * A table's header lines → its columns, left to right, each with its label and what the label
 * means. Labels are printed over several lines ("本年收入合" / "计", "公务用车" / "运行维护" / "费")
 * and under group labels ("公务用车购置及运行费" › "小计"), so header fragments are linked
 * upwards to the fragment above them and each leaf's path is cut into labels by the vocabulary:
 * the cut into known words wins over one unknown word ("一般公共预算" + "财" + "政拨款" is one
 * label, "公务用车购置及运行费" + "小计" two).
 */
import type { Measure } from '../../model/disclosure';
import { headerMeaning, MEASURE_PARTS, SANGONG_ITEMS, type HeaderMeaning, type SangongItem } from '../../model/vocabulary';
import { centre, charWidth, overlap, type Token } from './tokens';

export interface HeaderLabel {
  text: string;
  x0: number;
  x1: number;
  /** Header line of the label's first fragment (0 = top). */
  row: number;
  meaning: HeaderMeaning | null;
}

export type ColumnRole =
  | { kind: 'name' }
  | { kind: 'code' }
  | { kind: 'figure'; measure: Measure | SangongItem; budget: boolean }
  | { kind: 'unknown' };

export interface Column {
  x0: number;
  x1: number;
  label: string;
  /** Group labels above the column, nearest first. */
  groups: HeaderLabel[];
  role: ColumnRole;
}

interface Fragment extends Token {
  row: number;
  parent: Fragment | null;
  children: Fragment[];
}

/** How far apart lines of one label may be (header lines between them belong to other columns). */
const MAX_LINE_GAP = 3;

export interface HeaderOptions {
  /** A 决算 table: 预算数 is the budget twin, 决算数 the stated figure. */
  final: boolean;
  /** Columns are “三公” items: 合计/小计 resolve to the item group their neighbours belong to. */
  items: boolean;
  /** A 收支总表: its 金额 / 预算数 / 决算数 columns hold each row's own figure, whatever heading is above them. */
  sided: boolean;
  /** Measures that head a whole side of the table (人员经费 over the left half, 公用经费 over the right), never a column. */
  sideMeasures?: readonly Measure[];
}

/** `lines`: the word tokens of each header line, top to bottom. */
export function readHeader(lines: readonly Token[][], options: HeaderOptions): Column[] {
  const fragments = linkFragments(lines);
  const bottoms = fragments.filter((fragment) => fragment.children.length === 0);
  // Columns do not overlap: a "leaf" over another leaf's label is a heading whose columns did
  // not line up under it (layout text squeezes them).
  const leaves = bottoms
    .filter((leaf) => !bottoms.some((other) => other.row > leaf.row && overlap(other, leaf) > 0))
    .filter((leaf) => !isSideHeading(leaf, bottoms, sideMeasures(options)) && !headsItsParts(leaf, bottoms))
    .map((leaf) => leafColumn(leaf))
    .filter((leaf) => headerMeaning(leaf.column.label)?.kind !== 'group')
    .sort((a, b) => a.column.x0 - b.column.x0);
  ownPairs(leaves, fragments);
  ownBands(leaves, fragments);
  const columns = leaves.map((leaf) => leaf.column);
  resolveRoles(columns, options);
  return columns;
}

function sideMeasures(options: HeaderOptions): readonly Measure[] {
  return [...(options.sided ? (['current_income', 'appropriation'] as const) : []), ...(options.sideMeasures ?? [])];
}

/**
 * A 收支总表 heads each side with 本年收入 / 财政拨款收入 … over its 项目 and 金额 columns (a
 * two-sided 基本支出 table with 人员经费 / 公用经费); such a heading sits above and between the
 * side's lower labels.
 */
function isSideHeading(leaf: Fragment, bottoms: readonly Fragment[], measures: readonly Measure[]): boolean {
  const meaning = headerMeaning(leaf.text);
  if (meaning?.kind !== 'measure' || !measures.includes(meaning.measure as Measure)) return false;
  const lower = bottoms.filter((other) => other.row > leaf.row);
  return lower.some((other) => other.x1 <= leaf.x0) && lower.some((other) => other.x0 >= leaf.x1);
}

/**
 * A measure printed above and between the columns it heads: its parts (基本支出 over 人员经费 and
 * 公用经费) or a 预算数 / 决算数 pair (公务接待费 over its two columns).
 */
function headsItsParts(leaf: Fragment, bottoms: readonly Fragment[]): boolean {
  const meaning = headerMeaning(leaf.text);
  if (meaning?.kind !== 'measure') return false;
  const parts = MEASURE_PARTS[meaning.measure] ?? [];
  const lower = bottoms.filter((other) => {
    const m = headerMeaning(other.text);
    const headed = (m?.kind === 'measure' && parts.includes(m.measure)) || (m?.kind === 'generic' && (m.word === 'budget' || m.word === 'actual'));
    return other.row > leaf.row && headed;
  });
  const c = centre(leaf);
  const left = lower.filter((other) => centre(other) < c).sort((a, b) => centre(b) - centre(a))[0];
  const right = lower.filter((other) => centre(other) > c).sort((a, b) => centre(a) - centre(b))[0];
  if (!left || !right) return false;
  // Nothing else of the lower row stands between the two.
  return !bottoms.some((other) => other.row > leaf.row && other !== left && other !== right && centre(other) > centre(left) && centre(other) < centre(right));
}

interface Leaf {
  column: Column;
  /** The fragments of the column's own label. */
  parts: Fragment[];
}

function linkFragments(lines: readonly Token[][]): Fragment[] {
  const all: Fragment[] = [];
  const width = charWidth(lines.flat());
  lines.forEach((tokens, row) => {
    for (const token of tokens) {
      if (token.kind === 'figure') continue;
      const fragment: Fragment = { ...token, row, parent: null, children: [] };
      fragment.parent = bestParent(fragment, all, width);
      fragment.parent?.children.push(fragment);
      all.push(fragment);
    }
  });
  return all;
}

/** The fragment just above that lines up with this one (nearest line first, then most overlap). */
function bestParent(fragment: Fragment, above: readonly Fragment[], width: number): Fragment | null {
  const tolerance = 0.6 * width;
  let best: Fragment | null = null;
  let bestScore = -Infinity;
  for (const candidate of above) {
    const gap = fragment.row - candidate.row;
    if (gap < 1 || gap > MAX_LINE_GAP) continue;
    const c = centre(fragment);
    const u = centre(candidate);
    const aligned = (c >= candidate.x0 - tolerance && c <= candidate.x1 + tolerance) || (u >= fragment.x0 - tolerance && u <= fragment.x1 + tolerance);
    if (!aligned) continue;
    const score = -gap * 1000 + overlap(candidate, fragment) - Math.abs(u - c) / 10;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The leaf's path from the top, cut into labels: the last is the column's own label, the ones
 * before it are its groups.
 */
function leafColumn(leaf: Fragment): Leaf {
  const path: Fragment[] = [];
  for (let node: Fragment | null = leaf; node; node = node.parent) path.unshift(node);
  const labels = segment(path);
  const own = labels[labels.length - 1]!;
  const parts = path.slice(path.length - own.parts);
  return {
    column: { x0: own.x0, x1: own.x1, label: own.text, groups: labels.slice(0, -1).reverse(), role: { kind: 'unknown' } },
    parts
  };
}

/**
 * Cheapest cut of a path into labels: a known word costs 1, an unknown stretch 2 plus 1.5 per
 * extra fragment (an unknown heading over a known label stays apart; an unknown label wrapped
 * over lines stays whole).
 */
function segment(path: readonly Fragment[]): (HeaderLabel & { parts: number })[] {
  const n = path.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const cut = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const text = path.slice(start, end).map((fragment) => fragment.text).join('');
      const value = cost[start]! + (headerMeaning(text) ? 1 : 2 + 1.5 * (end - start - 1));
      if (value < cost[end]!) {
        cost[end] = value;
        cut[end] = start;
      }
    }
  }
  const labels: (HeaderLabel & { parts: number })[] = [];
  for (let end = n; end > 0; end = cut[end]!) {
    const parts = path.slice(cut[end]!, end);
    const text = parts.map((fragment) => fragment.text).join('');
    labels.unshift({
      text,
      x0: Math.min(...parts.map((part) => part.x0)),
      x1: Math.max(...parts.map((part) => part.x1)),
      row: parts[0]!.row,
      meaning: headerMeaning(text),
      parts: parts.length
    });
  }
  return labels;
}

function pairWord(column: Column): 'budget' | 'actual' | null {
  return bandWord(column.label);
}

function itemGroup(column: Column): HeaderLabel | undefined {
  return column.groups.find((group) => group.meaning?.kind === 'measure' || group.meaning?.kind === 'generic');
}

/**
 * 预算数 / 决算数 columns printed in pairs under narrow centred item labels (合计, 因公出国（境）费 …):
 * a pair shares its item label — the one a member already sits under, else the lowest label whose
 * centre falls within the pair (then, for pairs still without one, the nearest label left over).
 */
function ownPairs(leaves: readonly Leaf[], fragments: readonly Fragment[]): void {
  const runs: Leaf[][] = [];
  leaves.forEach((leaf, index) => {
    const word = pairWord(leaf.column);
    if (!word) return;
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last === leaves[index - 1] && pairWord(run[0]!.column) !== word) run.push(leaf);
    else runs.push([leaf]);
  });
  const own = new Set(leaves.flatMap((leaf) => leaf.parts));
  const claimed = new Set<Fragment>();
  const labelOf = (fragment: Fragment): HeaderLabel => ({ text: fragment.text, x0: fragment.x0, x1: fragment.x1, row: fragment.row, meaning: headerMeaning(fragment.text) });
  const assign = (run: Leaf[], label: HeaderLabel) => {
    for (const leaf of run) leaf.column.groups = [label, ...leaf.column.groups.filter((group) => group.text !== label.text)];
  };
  const open: Leaf[][] = [];
  for (const run of runs) {
    const known = run.map((leaf) => itemGroup(leaf.column)).find((group) => group !== undefined);
    if (known) {
      assign(run, known);
      for (const fragment of fragments) if (fragment.text === known.text && fragment.x0 === known.x0) claimed.add(fragment);
      continue;
    }
    open.push(run);
  }
  const itemLabels = fragments.filter((fragment) => !own.has(fragment) && ['measure', 'generic'].includes(headerMeaning(fragment.text)?.kind ?? ''));
  for (const pass of [0, 1]) {
    for (const run of open) {
      if (itemGroup(run[0]!.column)) continue;
      const x0 = run[0]!.column.x0;
      const x1 = run[run.length - 1]!.column.x1;
      const reach = pass === 0 ? 0 : (x1 - x0) / 2;
      const middle = (x0 + x1) / 2;
      const owner = itemLabels
        .filter((fragment) => !claimed.has(fragment) && centre(fragment) >= x0 - reach && centre(fragment) <= x1 + reach)
        .sort((a, b) => (pass === 0 ? b.row - a.row : 0) || Math.abs(centre(a) - middle) - Math.abs(centre(b) - middle))[0];
      if (!owner) continue;
      claimed.add(owner);
      assign(run, labelOf(owner));
    }
  }
}

/**
 * 预算数 / 决算数 printed once above a whole band of columns (预算数 over 合计 … 公务接待费, then
 * 决算数 over the same items again): each column lies in the band of the nearest such heading
 * (the bands meet halfway between the headings' centres).
 */
function ownBands(leaves: readonly Leaf[], fragments: readonly Fragment[]): void {
  const own = new Set(leaves.flatMap((leaf) => leaf.parts));
  const bands = fragments
    .filter((fragment) => !own.has(fragment) && bandWord(fragment.text) !== null)
    .sort((a, b) => centre(a) - centre(b));
  if (bands.length === 0) return;
  for (const { column } of leaves) {
    if (pairWord(column) || column.groups.some((group) => bandWord(group.text))) continue;
    const c = (column.x0 + column.x1) / 2;
    const band = bands.reduce((best, fragment) => (Math.abs(centre(fragment) - c) < Math.abs(centre(best) - c) ? fragment : best));
    column.groups = [...column.groups, { text: band.text, x0: band.x0, x1: band.x1, row: band.row, meaning: headerMeaning(band.text) }];
  }
}

function bandWord(text: string): 'budget' | 'actual' | null {
  const meaning = headerMeaning(text);
  return meaning?.kind === 'generic' && (meaning.word === 'budget' || meaning.word === 'actual') ? meaning.word : null;
}

function itemParent(item: Measure | SangongItem): Measure | SangongItem | null {
  return item in SANGONG_ITEMS ? (SANGONG_ITEMS[item as SangongItem].parent as SangongItem | null) : null;
}

/**
 * Roles: a measure word is its measure; a generic word (合计, 小计, 金额, 预算数, 决算数) takes
 * the measure of the group it sits under; in “三公” tables a 合计/小计 with no item group above
 * it totals the items that follow it (a 小计 before 购置费 and 运行费 is the 公务用车 total).
 */
function resolveRoles(columns: Column[], options: HeaderOptions): void {
  const pending: Column[] = [];
  for (const column of columns) {
    const meaning = headerMeaning(column.label);
    if (!meaning) continue;
    if (meaning.kind === 'label') {
      column.role = meaning.word === 'name' ? { kind: 'name' } : { kind: 'code' };
      continue;
    }
    if (meaning.kind === 'group') continue;
    // A 决算's 预算数: the column's own word, or the band heading above it.
    const inBudget = options.final && column.groups.some((group) => bandWord(group.text) === 'budget');
    if (meaning.kind === 'measure') {
      column.role = { kind: 'figure', measure: meaning.measure, budget: inBudget };
      continue;
    }
    const budget = (meaning.word === 'budget' && options.final) || inBudget;
    if (options.sided && meaning.word !== 'subtotal') {
      column.role = { kind: 'figure', measure: 'total', budget };
      continue;
    }
    const owner = column.groups.find((group) => group.meaning?.kind === 'measure' || (group.meaning?.kind === 'generic' && !bandWord(group.text)));
    if (owner?.meaning?.kind === 'measure') {
      column.role = { kind: 'figure', measure: owner.meaning.measure, budget };
      continue;
    }
    const word = owner?.meaning?.kind === 'generic' ? owner.meaning.word : meaning.word;
    if (options.items && (word === 'total' || word === 'subtotal' || owner)) {
      pending.push(column);
      column.role = { kind: 'figure', measure: 'sangong_total', budget };
      continue;
    }
    column.role = { kind: 'figure', measure: 'total', budget };
  }
  // Right to left: each pending total takes the parent of the next item after it, or that
  // parent's parent when a total to its right took it already.
  const taken = new Set<string>();
  for (const column of [...pending].reverse()) {
    const role = column.role as Extract<ColumnRole, { kind: 'figure' }>;
    const next = columns.slice(columns.indexOf(column) + 1).find((candidate) => candidate.role.kind === 'figure' && !pending.includes(candidate) && candidate.role.budget === role.budget);
    let measure = next && next.role.kind === 'figure' ? itemParent(next.role.measure) : 'sangong_total';
    while (measure && taken.has(`${measure}:${role.budget}`)) measure = itemParent(measure);
    if (!measure) continue;
    taken.add(`${measure}:${role.budget}`);
    column.role = { kind: 'figure', measure, budget: role.budget };
  }
}
