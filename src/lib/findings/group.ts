/**
 * Findings grouped by cause, so one mistake reads as one entry (pure; tested on real findings).
 * Within one document two findings share a cause when
 * - repeated: the same rule reports the same figures (expected and actual) at several places,
 *   e.g. one wrong figure copied into two tables or stated twice in the narrative;
 * - carried: they share a printed line and differ by the same amount (|expected − actual|, exact
 *   decimals), i.e. one wrong figure carried into every sum that contains it (seed 000: 表6 303
 *   6.23 vs 6.24 is also 总计 340.29 vs 340.28 and 人员经费 326.40 vs 326.39);
 * - reading: two notes about our reading (a figure or column we could not place) share a line,
 *   i.e. one table we could not read.
 * The relation is closed transitively (union-find), so the result does not depend on input order.
 */
import type { FindingViewRow, Severity } from '../db/types';

export type Cause = 'single' | 'repeated' | 'carried' | 'reading';

export interface FindingGroup {
  /** Stable id: document, main rule and first place. */
  key: string;
  unit_id: string;
  unit_name: string;
  doc_id: string;
  year: number | null;
  /** The most severe of its findings. */
  severity: Severity;
  cause: Cause;
  /** The finding that names the cause: most severe, then fewest places (the origin of a carried difference). */
  main: FindingViewRow;
  /** Every rule involved, main rule first. */
  rule_ids: string[];
  /** Every place (file:line) of its findings, in file then line order. */
  places: string[];
  items: FindingViewRow[];
}

/** Rules about our reading, not about the unit's document. */
export const READING_RULES: ReadonlySet<string> = new Set(['unplaced-figures', 'table-uncertain']);
export const isReadingRule = (ruleId: string): boolean => ruleId.startsWith('parse:') || READING_RULES.has(ruleId);

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A plain decimal as an exact integer of millionths (findings' figures have at most six decimals), else null. */
export function exactMillionths(text: string | null): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const value = BigInt(match[2]!) * 1_000_000n + BigInt((match[3] ?? '').padEnd(6, '0'));
  return match[1] ? -value : value;
}

function difference(row: FindingViewRow): bigint | null {
  const expected = exactMillionths(row.expected);
  const actual = exactMillionths(row.actual);
  if (expected === null || actual === null || expected === actual) return null;
  return expected > actual ? expected - actual : actual - expected;
}

export const placesOf = (row: Pick<FindingViewRow, 'source_lines'>): string[] => row.source_lines.split(/\s+/).filter(Boolean);

function comparePlaces(a: string, b: string): number {
  const [fa, la] = splitPlace(a);
  const [fb, lb] = splitPlace(b);
  return fa < fb ? -1 : fa > fb ? 1 : la - lb;
}

function splitPlace(place: string): [string, number] {
  const at = place.lastIndexOf(':');
  const line = Number(place.slice(at + 1));
  return at < 0 || !Number.isFinite(line) ? [place, 0] : [place.slice(0, at), line];
}

const docOf = (row: FindingViewRow): string => row.doc_id || `${row.unit_id}|${row.year ?? ''}`;

function compareRows(a: FindingViewRow, b: FindingViewRow): number {
  return RANK[a.severity] - RANK[b.severity]
    || placesOf(a).length - placesOf(b).length
    || (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0)
    || comparePlaces(placesOf(a)[0] ?? '', placesOf(b)[0] ?? '')
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
    || (tieBreak(a) < tieBreak(b) ? -1 : tieBreak(a) > tieBreak(b) ? 1 : 0);
}

/** Everything else a finding carries, so two findings equal in the order above still sort one way. */
const tieBreak = (row: FindingViewRow): string => JSON.stringify([row.source_lines, row.expected, row.actual, row.unit_name, row.unit_id, row.year]);

/** Groups findings by cause (see the module note); groups in document order of their first place, most severe first. */
export function groupFindings(rows: readonly FindingViewRow[]): FindingGroup[] {
  const sorted = [...rows].sort((a, b) => (docOf(a) < docOf(b) ? -1 : docOf(a) > docOf(b) ? 1 : 0) || compareRows(a, b));
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const causes = new Map<number, Cause>();
  const join = (i: number, j: number, cause: Cause) => {
    const [a, b] = [find(i), find(j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    const root = find(i);
    // A figure repeated at several places names the group even when the repeats are also carried into sums.
    const order: Cause[] = ['single', 'carried', 'repeated', 'reading'];
    const known = [causes.get(a), causes.get(b), cause].filter((c): c is Cause => c !== undefined);
    causes.set(root, known.reduce((x, y) => (order.indexOf(y) > order.indexOf(x) ? y : x)));
  };
  const byKey = new Map<string, number>();
  const byLine = new Map<string, number[]>();
  sorted.forEach((row, i) => {
    const doc = docOf(row);
    if (row.actual !== null && row.actual !== '') {
      const key = `${doc}\u0000${row.rule_id}\u0000${row.expected ?? ''}\u0000${row.actual}`;
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, i);
      else join(first, i, 'repeated');
    }
    for (const place of placesOf(row)) {
      const key = `${doc}\u0000${place}`;
      const seen = byLine.get(key) ?? [];
      for (const j of seen) {
        const other = sorted[j]!;
        if (isReadingRule(row.rule_id) && isReadingRule(other.rule_id)) join(j, i, 'reading');
        else if (!isReadingRule(row.rule_id) && !isReadingRule(other.rule_id)) {
          const d = difference(row);
          if (d !== null && d === difference(other)) join(j, i, 'carried');
        }
      }
      seen.push(i);
      byLine.set(key, seen);
    }
  });
  const members = new Map<number, FindingViewRow[]>();
  sorted.forEach((row, i) => {
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), row]);
  });
  const groups = [...members.entries()].map(([root, items]): FindingGroup => {
    items.sort(compareRows);
    const main = items[0]!;
    const places = [...new Set(items.flatMap(placesOf))].sort(comparePlaces);
    return {
      key: `${docOf(main)}:${main.rule_id}:${places[0] ?? ''}`,
      unit_id: main.unit_id, unit_name: main.unit_name, doc_id: main.doc_id, year: main.year,
      severity: main.severity,
      cause: items.length === 1 ? (isReadingRule(main.rule_id) ? 'reading' : 'single') : causes.get(root) ?? 'single',
      main,
      rule_ids: [...new Set(items.map((item) => item.rule_id))],
      places,
      items
    };
  });
  groups.sort((a, b) =>
    (a.unit_name < b.unit_name ? -1 : a.unit_name > b.unit_name ? 1 : 0)
    || (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0)
    || RANK[a.severity] - RANK[b.severity]
    || comparePlaces(a.places[0] ?? '', b.places[0] ?? '')
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Two causes can share document, main rule and first place (one line, two different differences):
  // the key is the list's identity on the page, so the later ones take a number.
  const seen = new Map<string, number>();
  for (const group of groups) {
    const n = seen.get(group.key) ?? 0;
    seen.set(group.key, n + 1);
    if (n > 0) group.key = `${group.key}#${n + 1}`;
  }
  return groups;
}

export interface UnitGroups {
  unit_id: string;
  unit_name: string;
  groups: FindingGroup[];
  counts: Record<Severity, number>;
}

export type UnitOrder = 'count' | 'name';

/** Groups per unit: by number of entries (most first, then 错误, then name) or by name. */
export function groupsByUnit(groups: readonly FindingGroup[], order: UnitOrder = 'count'): UnitGroups[] {
  const units = new Map<string, UnitGroups>();
  for (const group of groups) {
    const unit = units.get(group.unit_id) ?? { unit_id: group.unit_id, unit_name: group.unit_name, groups: [], counts: { error: 0, warning: 0, info: 0 } };
    unit.groups.push(group);
    unit.counts[group.severity]++;
    units.set(group.unit_id, unit);
  }
  const byName = (a: UnitGroups, b: UnitGroups) => (a.unit_name < b.unit_name ? -1 : a.unit_name > b.unit_name ? 1 : 0) || (a.unit_id < b.unit_id ? -1 : 1);
  return [...units.values()].sort((a, b) =>
    order === 'name' ? byName(a, b) : b.groups.length - a.groups.length || b.counts.error - a.counts.error || byName(a, b));
}
