/**
 * Tests only: the seeds' dataset twice — as rows in memory (the pipeline the global setup runs)
 * and as the files the real CLI writes (`tsx src/cli/ingest.ts`, a process of its own).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupParts } from '../../../cli/args';
import { ingestGroup } from '../../../cli/ingest';
import { normalise, type CheckedDisclosure } from '../../normalise';
import type { Dataset } from '../../normalise/rows';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .filter((name) => /\.(txt|pdf)$/i.test(name))
  .sort()
  .map((name) => join(ROOT, 'seeds', name));

export async function seedDataset(): Promise<Dataset> {
  const documents: CheckedDisclosure[] = [];
  for (const group of groupParts(SEEDS)) {
    const result = await ingestGroup(group);
    if (!result.ok) throw new Error(result.message);
    documents.push(result.document);
  }
  return normalise(documents);
}

/** The folder the CLI wrote the seeds' dataset into. */
export function ingestSeedsWithCli(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'bl-export-cli-')), 'data');
  const result = spawnSync('npx', ['tsx', 'src/cli/ingest.ts', '--quiet', '--out', out, ...SEEDS], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ingest failed: ${result.stderr}`);
  return out;
}
