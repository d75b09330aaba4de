/**
 * Vitest global setup: build the dataset from seeds/ with the real pipeline into
 * test-results/seed-dataset and point BUDGET_LENS_DATA at it, so SQL and browser tests read
 * exactly what `npm run ingest` writes — never a hand-made copy.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { groupParts } from '../../src/cli/args';
import { ingestGroup, writeDataset } from '../../src/cli/ingest';
import { normalise, type CheckedDisclosure } from '../../src/lib/normalise';

const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_DATASET = join(ROOT, 'test-results', 'seed-dataset');

export default async function setup(): Promise<void> {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((name) => /\.(txt|pdf)$/i.test(name)).sort();
  const documents: CheckedDisclosure[] = [];
  for (const group of groupParts(seeds.map((name) => join(ROOT, 'seeds', name)))) {
    const result = await ingestGroup(group);
    if (!result.ok) throw new Error(result.message);
    documents.push(result.document);
  }
  writeDataset(SEED_DATASET, normalise(documents));
  process.env.BUDGET_LENS_DATA = SEED_DATASET;
}
