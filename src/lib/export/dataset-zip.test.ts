import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../normalise/rows';
import { datasetZip } from './dataset-zip';
import { readZipWithPython } from './testing/python-reader';
import { ingestSeedsWithCli, seedDataset } from './testing/seeds';

describe('datasetZip', () => {
  let dataset: Dataset;
  let cliOut: string;
  beforeAll(async () => {
    dataset = await seedDataset();
    cliOut = ingestSeedsWithCli();
  }, 120_000);

  it('holds every CSV file exactly as `npm run ingest` writes it for the seeds, byte-order mark included', () => {
    const entries = readZipWithPython(datasetZip(dataset));
    expect(entries.map((entry) => entry.name)).toEqual(['units.csv', 'tables.csv', 'lines.csv', 'unit_summary.csv', 'findings.csv', 'checks.csv', 'summary_sources.csv']);
    for (const entry of entries) {
      const written = readFileSync(join(cliOut, entry.name));
      expect(Buffer.from(entry.base64, 'base64').equals(written), entry.name).toBe(true);
      expect([...written.subarray(0, 3)], entry.name).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect(dataset.lines.length).toBeGreaterThan(100); // the comparison is over real rows, not headers alone
  });

  it('gives the same bytes for the same dataset', () => {
    expect(Buffer.from(datasetZip(structuredClone(dataset))).equals(datasetZip(dataset))).toBe(true);
  });
});
