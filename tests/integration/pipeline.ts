/** Test helper: run the real pipeline (extract → parse → check → normalise) over files in memory. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractText } from '../../src/lib/extract/text';
import { checkDocument, type IngestResult } from '../../src/lib/ingest';
import { normalise } from '../../src/lib/normalise';
import type { Dataset } from '../../src/lib/normalise/rows';

export const SEEDS = ['000_96d04baec0ec31c5.txt', '001_f7859c67d4b429b5.txt'];
export const seedPath = (name: string) => join(__dirname, '..', '..', 'seeds', name);
export const seedText = (name: string) => readFileSync(seedPath(name), 'utf8');

export function ingestText(file: string, bytes: Uint8Array): IngestResult {
  const extracted = extractText(basename(file), bytes);
  if (!extracted.ok) return extracted;
  return checkDocument(extracted.document, createHash('sha256').update(bytes).digest('hex'));
}

export function datasetOf(files: { name: string; text: string | Uint8Array }[]): Dataset {
  const documents = files.map(({ name, text }) => {
    const result = ingestText(name, typeof text === 'string' ? new TextEncoder().encode(text) : text);
    if (!result.ok) throw new Error(result.error.message);
    return result.document;
  });
  return normalise(documents);
}

export function seedDataset(): Dataset {
  return datasetOf(SEEDS.map((name) => ({ name, text: seedText(name) })));
}
