/**
 * Telling a complete Arrow stream from one cut short: every stream the dataset writers make ends as
 * a stream (no rows, one batch, many batches, every file of the test dataset), and a stream cut at
 * any byte before its end does not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDir } from '../db/dataset-dir';
import type { Dataset, LineRow } from '../normalise/rows';
import { BATCH_ROWS, datasetToIpcStream } from './arrow';
import { endsAsStream } from './stream-end';

const empty: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };
const line = (index: number): LineRow => ({ unit_id: 'u', year: 2024, basis: 'stated', table: 't1', classification: 'income', code: null, name: `第${index}行`, level: 1, measure: 'total', amount: index, source_line: `a.txt:${index}`, doc_id: 'd', page: null, box: null, certain: true });
const lines = (count: number) => datasetToIpcStream('lines', { ...empty, lines: Array.from({ length: count }, (_, index) => line(index)) });

describe('endsAsStream', () => {
  it.each([0, 1, 3, BATCH_ROWS + 1])('takes the writer’s stream of %i rows as complete', (count) => {
    expect(endsAsStream(lines(count))).toBe(true);
  });

  it('takes every Arrow file of the test dataset as complete', () => {
    const files = readdirSync(datasetDir()).filter((name) => name.endsWith('.arrows'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) expect(endsAsStream(readFileSync(join(datasetDir(), name))), name).toBe(true);
  });

  it('takes a stream cut at any byte before its end as cut short', () => {
    const small = lines(3);
    for (let cut = 0; cut < small.length; cut++) expect(endsAsStream(small.subarray(0, cut)), `cut at ${cut}`).toBe(false);
    const large = lines(BATCH_ROWS + 1);
    for (let cut = 0; cut < large.length; cut += 997) expect(endsAsStream(large.subarray(0, cut)), `cut at ${cut}`).toBe(false);
  });
});
