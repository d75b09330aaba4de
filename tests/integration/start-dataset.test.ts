/**
 * scripts/dataset.mjs: `npm start` builds data/ from seeds/ only when there is no dataset or when
 * the dataset is the one it built itself and seeds/ or the code changed; anybody else's dataset
 * (no marker, or files that no longer match it) is kept.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetState, MARKER, markFromSeeds } from '../../scripts/dataset.mjs';

let root: string;
let data: string;
const write = (path: string, text: string) => writeFileSync(join(root, path), text);
/** What an ingest leaves: the dataset files, and the files it carries over (README, the marker). */
const ingest = (label: string) => {
  write('data/units.csv', `unit_id\n${label}\n`);
  write('data/units.arrows', label);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bl-start-'));
  data = join(root, 'data');
  for (const dir of ['seeds', 'data', 'src/lib/parse', 'src/cli']) mkdirSync(join(root, dir), { recursive: true });
  write('seeds/000_a.txt', 'seed a');
  write('src/lib/parse/grid.ts', 'export const grid = 1;');
  write('src/lib/parse/grid.test.ts', 'test');
  write('src/cli/ingest.ts', 'main()');
  write('package-lock.json', '{}');
  write('data/README.md', 'about data/');
});

describe('datasetState', () => {
  it('is none while data/ holds no dataset (a fresh clone: only README.md), or no folder at all', () => {
    expect(datasetState(data, root)).toBe('none');
    rmSync(data, { recursive: true });
    expect(datasetState(data, root)).toBe('none');
  });

  it('is current right after npm start built data/ from seeds/', () => {
    ingest('seeds');
    markFromSeeds(data, root);
    expect(datasetState(data, root)).toBe('current');
  });

  it('is stale when a seed, a seed file or the ingest code changed, not when only a test did', () => {
    ingest('seeds');
    markFromSeeds(data, root);
    write('src/lib/parse/grid.test.ts', 'another test');
    expect(datasetState(data, root)).toBe('current');
    write('seeds/000_a.txt', 'seed a, corrected');
    expect(datasetState(data, root)).toBe('stale');
    markFromSeeds(data, root);
    write('seeds/001_b.txt', 'seed b');
    expect(datasetState(data, root)).toBe('stale');
    markFromSeeds(data, root);
    write('src/lib/parse/grid.ts', 'export const grid = 2;');
    expect(datasetState(data, root)).toBe('stale');
  });

  it('is theirs without the marker: a dataset made by npm run ingest -- --out data …', () => {
    ingest('a bureau’s own disclosures');
    expect(datasetState(data, root)).toBe('theirs');
  });

  it('is theirs when the files no longer match the marker the ingest carried over, even with seeds changed', () => {
    ingest('seeds');
    markFromSeeds(data, root);
    ingest('a bureau’s own disclosures');
    expect(datasetState(data, root)).toBe('theirs');
    write('seeds/000_a.txt', 'seed a, corrected');
    expect(datasetState(data, root)).toBe('theirs');
  });

  it('is theirs when a dataset file was added by hand', () => {
    ingest('seeds');
    markFromSeeds(data, root);
    write('data/lines.arrows', 'copied in');
    expect(datasetState(data, root)).toBe('theirs');
  });

  it('is none when only a marker is left', () => {
    write(`data/${MARKER}`, 'seed x\n');
    expect(datasetState(data, root)).toBe('none');
  });
});
