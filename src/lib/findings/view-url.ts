/** The 数据质量 page's own controls ⇄ URL search parameters (pure; the filters live in state/filters-url). */
import type { Severity } from '../db/types';
import { readSeverity } from '../state/filters-url';

export type UnitSort = 'count' | 'name';

export interface FindingsView {
  severity: Severity | null;
  /** One rule id, or every rule. */
  rule: string | null;
  /** One document (doc_id), or every document. */
  doc: string | null;
  /** Units by number of entries (default) or by name. */
  sort: UnitSort;
  /** Findings grouped by cause (default), or each finding as its own entry. */
  grouped: boolean;
}

/** URL parameter of each control; a default value is left out of the URL. */
export const VIEW_PARAMS = { severity: 'severity', rule: 'rule', doc: 'doc', sort: 'sort', grouped: 'group' } as const;

export function readView(params: URLSearchParams): FindingsView {
  const doc = params.get(VIEW_PARAMS.doc) ?? '';
  return {
    severity: readSeverity(params),
    rule: params.get(VIEW_PARAMS.rule) || null,
    doc: /^[0-9a-f]{6,64}$/.test(doc) ? doc : null,
    sort: params.get(VIEW_PARAMS.sort) === 'name' ? 'name' : 'count',
    grouped: params.get(VIEW_PARAMS.grouped) !== 'off'
  };
}

/** The URL value of one control (null = default, left out). */
export function paramValue<K extends keyof FindingsView>(key: K, value: FindingsView[K]): string | null {
  if (key === 'sort') return value === 'name' ? 'name' : null;
  if (key === 'grouped') return value === false ? 'off' : null;
  return (value as string | null) || null;
}
