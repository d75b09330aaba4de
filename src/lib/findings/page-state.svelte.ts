/**
 * The 数据质量 page's state: the queries it runs (filters from the URL), and what it derives from
 * them — entries grouped by cause, units sorted, per-document counts — for the view the URL names.
 * Call during component initialisation.
 */
import { page } from '$app/state';
import { findings, splitFindings, uncertainTables } from '../db/queries';
import type { FindingViewRow, Severity } from '../db/types';
import { filters, setParam } from '../state/filters.svelte';
import { useQuery } from '../state/query.svelte';
import { groupFindings, groupsByUnit, type FindingGroup } from './group';
import { documentSummary, skippedChecks } from './queries';
import { paramValue, readView, VIEW_PARAMS, type FindingsView } from './view-url';

export type Counts = Record<Severity, number>;

/** Each finding as its own entry (the page's 不归并 view). */
function oneByOne(rows: readonly FindingViewRow[]): FindingGroup[] {
  return rows.flatMap((row) => groupFindings([row]));
}

function countsByDoc(groups: readonly FindingGroup[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const group of groups) {
    const counts = out.get(group.doc_id) ?? { error: 0, warning: 0, info: 0 };
    counts[group.severity]++;
    out.set(group.doc_id, counts);
  }
  return out;
}

export function setView<K extends keyof FindingsView>(key: K, value: FindingsView[K]): Promise<void> {
  return setParam(VIEW_PARAMS[key], paramValue(key, value));
}

export function useFindingsPage() {
  const view = $derived(readView(page.url.searchParams));
  const data = useQuery(async (db) => {
    const f = filters.current;
    const where = { year: f.year, city: f.city, region: f.region, q: f.q, unitId: null };
    const [all, uncertain, documents, skipped] = await Promise.all([
      findings(db, { ...where, severity: null }), uncertainTables(db, where), documentSummary(db, where), skippedChecks(db, where)
    ]);
    // Tables and figures we could not read are listed apart: they are limits of the reading, not the unit's mistakes.
    return { ...splitFindings(all), uncertain, documents, skipped };
  });
  const inDoc = <T extends { doc_id: string }>(rows: readonly T[]) => (view.doc ? rows.filter((row) => row.doc_id === view.doc) : [...rows]);
  /** Every entry of the unit's own findings (before the severity and rule controls): the document counts. */
  const allGroups = $derived(groupFindings(data.data?.own ?? []));
  const rules = $derived([...new Set((data.data?.own ?? []).map((row) => row.rule_id))].sort());
  const entries = $derived.by(() => {
    const rows = inDoc(data.data?.own ?? []).filter((row) => !view.rule || row.rule_id === view.rule);
    const groups = view.grouped ? groupFindings(rows) : oneByOne(rows);
    return groups.filter((group) => !view.severity || group.severity === view.severity);
  });
  const reading = $derived(
    groupFindings(inDoc(data.data?.reading ?? []).filter((row) => !view.rule || row.rule_id === view.rule))
      .filter((group) => !view.severity || group.severity === view.severity)
  );
  return {
    get view() { return view; },
    get error() { return data.error; },
    get loaded() { return data.data !== undefined; },
    get rules() { return rules; },
    get entries() { return entries; },
    get units() { return groupsByUnit(entries, view.sort); },
    get findingCount() { return entries.reduce((n, group) => n + group.items.length, 0); },
    get reading() { return reading; },
    get uncertain() { return inDoc(data.data?.uncertain ?? []); },
    get documents() { return data.data?.documents ?? []; },
    get skipped() { return data.data?.skipped ?? []; },
    get docCounts() { return countsByDoc(allGroups); }
  };
}

export type FindingsPage = ReturnType<typeof useFindingsPage>;
