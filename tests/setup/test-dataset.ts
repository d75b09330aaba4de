/**
 * Vitest global setup: build the test dataset — the seeds and the corpus texts (other provinces,
 * a 部门 and a 单位 document of one unit-year, a real 决算) — with the real pipeline into
 * test-results/test-dataset and point BUDGET_LENS_DATA at it, so SQL and browser tests read
 * exactly what `npm run ingest` writes — never a hand-made copy.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { groupParts } from '../../src/cli/args';
import { ingestGroup, writeDataset } from '../../src/cli/ingest';
import { normalise, type CheckedDisclosure } from '../../src/lib/normalise';

const ROOT = join(import.meta.dirname, '..', '..');
export const TEST_DATASET = join(ROOT, 'test-results', 'test-dataset');
/** The folders the test dataset is read from (scripts/test.mjs builds the browser tests' copy from the same). */
export const TEST_INPUTS = ['seeds', join('tests', 'corpus', 'text')];

export function testInputFiles(): string[] {
  return TEST_INPUTS.flatMap((dir) => readdirSync(join(ROOT, dir)).filter((name) => /\.(txt|pdf)$/i.test(name)).sort().map((name) => join(ROOT, dir, name)));
}

export default async function setup(): Promise<void> {
  const documents: CheckedDisclosure[] = [];
  for (const group of groupParts(testInputFiles())) {
    const result = await ingestGroup(group);
    if (!result.ok) throw new Error(result.message);
    documents.push(result.document);
  }
  writeDataset(TEST_DATASET, normalise(documents));
  process.env.BUDGET_LENS_DATA = TEST_DATASET;
}
