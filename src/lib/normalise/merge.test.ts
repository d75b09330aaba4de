import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestGroup } from '../../cli/document';
import { documentRows } from '../ingest';
import { normalise, type CheckedDisclosure } from '.';
import { mergeRows, type DocumentRows } from './merge';

const root = join(import.meta.dirname, '..', '..', '..');
const GROUPS = [
  ['seeds/000_96d04baec0ec31c5.txt'],
  ['seeds/001_f7859c67d4b429b5.txt'],
  ['tests/corpus/text/02_sh_putuo_justice_bureau_2026_dept_budget.txt'],
  ['tests/corpus/text/03_sh_putuo_justice_bureau_2026_unit_budget.txt'],
  ['tests/corpus/text/04_js_procuratorate_2018_dept_budget.txt']
].map((group) => group.map((path) => join(root, path)));

describe('mergeRows', () => {
  it('documents read one by one, in any order, give exactly normalise() of all of them', async () => {
    const documents: CheckedDisclosure[] = [];
    const rows: DocumentRows[] = [];
    for (const group of GROUPS) {
      const result = await ingestGroup(group);
      if (!result.ok) throw new Error(result.message);
      documents.push(result.document);
      const one = documentRows(result.document);
      if ('ok' in one) throw new Error(one.message);
      // What a worker sends back arrives as a structured clone.
      rows.push(structuredClone(one));
    }
    const expected = JSON.stringify(normalise(documents));
    expect(JSON.stringify(mergeRows(rows))).toBe(expected);
    expect(JSON.stringify(mergeRows([...rows].reverse()))).toBe(expected);
  }, 60_000);
});
