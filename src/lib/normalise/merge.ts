/**
 * Putting the documents' rows together: normalise() treats each document on its own and orders
 * them by (unit, year, scope, document), so the rows of documents read one by one (in worker
 * processes, in any order) put in that order are exactly normalise() of all of them.
 */
import type { Disclosure } from '../model/disclosure';
import { docId, unitId } from './ids';
import type { Dataset } from './rows';

/** Where a document's rows go in the dataset: normalise()'s order (unit, year, scope, document), never the input order. */
export type DocumentKey = [string, number, string, string];

export function documentKey(disclosure: Disclosure): DocumentKey {
  return [unitId(disclosure), disclosure.year ?? 0, disclosure.docScope ?? '', docId(disclosure)];
}

export interface DocumentRows {
  key: DocumentKey;
  dataset: Dataset;
}

export function compareKeys(a: DocumentKey, b: DocumentKey): number {
  for (let index = 0; index < a.length; index++) {
    const left = a[index]!;
    const right = b[index]!;
    if (left < right) return -1;
    if (left > right) return 1;
  }
  return 0;
}

/** The documents' rows in key order as one dataset; loops, not spreads, so no call-stack limit applies. */
export function mergeRows(documents: readonly DocumentRows[]): Dataset {
  const ordered = [...documents].sort((a, b) => compareKeys(a.key, b.key));
  const merged: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };
  for (const { dataset } of ordered) {
    for (const name of Object.keys(merged) as (keyof Dataset)[]) {
      const into = merged[name] as unknown[];
      for (const row of dataset[name]) into.push(row);
    }
  }
  return merged;
}
