/**
 * The lake's promises, on the seeds and the corpus texts through the real ingest (worker
 * processes, Parquet via DuckDB): any --jobs and input order give the same bytes; a rerun reads
 * only what changed and ends where a fresh run ends; shards copied together equal one run.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupParts, parseIngestArgs } from '../args';
import { ingest } from '../ingest';
import { testInputFiles } from '../../../tests/setup/test-dataset';
import { readManifests } from './manifest';
import { openLake, openLakeDb } from './db';
import { exportDataset } from './export';
import { readSqlFiles, setupSql } from '../sql-files';
import { documentRows, ingestGroup } from '../document';
import { writeDataset } from '../output';
import { mergeRows, type DocumentRows } from '../../lib/normalise/merge';

let inputs: string[];
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bl-lake-'));
  const folder = join(work, 'inputs');
  mkdirSync(folder);
  inputs = testInputFiles().map((path) => {
    const copy = join(folder, path.split('/').pop()!);
    cpSync(path, copy, { preserveTimestamps: true });
    return copy;
  });
  await run(join(work, 'one'), inputs, ['--jobs', '1']); // the reference: one run over every input
}, 120_000);

async function run(out: string, files: readonly string[], extra: string[] = []): Promise<void> {
  const parsed = parseIngestArgs(['--out', out, '--quiet', ...extra, ...files]);
  if (!parsed.ok) throw new Error(parsed.message);
  const groups = parsed.args.exportOnly ? [] : groupParts([...files]);
  expect(await ingest(parsed.args, parsed.args.exportOnly ? [] : reorder(groups, extra))).toBe(0);
}

/** `--reverse` (a test-only marker, not an ingest option): the groups in reverse order. */
function reorder(groups: string[][], extra: string[]): string[][] {
  return extra.includes('--jobs') && extra[extra.indexOf('--jobs') + 1] === '2' ? [...groups].reverse() : groups;
}

/** Every file under a folder, by relative path → a hash of its bytes (the lake's too, unless left out). */
function snapshot(dir: string, withLake = true): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, path);
    if (statSync(full).isDirectory() || (!withLake && path.startsWith('lake'))) continue;
    out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16));
  }
  return out;
}

const datasetFiles = (dir: string) => snapshot(dir, false);

describe('ingest into the lake', () => {
  it('gives the same bytes — dataset and lake — for --jobs 1 and --jobs 2 with the input reversed', async () => {
    await run(join(work, 'two'), inputs, ['--jobs', '2']);
    const one = snapshot(join(work, 'one'));
    expect([...one.keys()].filter((path) => path.endsWith('.parquet')).length).toBeGreaterThan(10);
    expect(snapshot(join(work, 'two'))).toEqual(one);
  }, 120_000);

  it('exports the bytes writeDataset writes from the same documents in memory (CSVs by DuckDB, Arrow files, partitions)', async () => {
    const documents: DocumentRows[] = [];
    for (const group of groupParts([...inputs])) {
      const result = await ingestGroup(group);
      if (!result.ok) continue;
      const rows = documentRows(result.document);
      if (!('ok' in rows)) documents.push(rows);
    }
    const memory = join(work, 'memory');
    writeDataset(memory, mergeRows(documents));
    const exported = datasetFiles(join(work, 'one'));
    const written = datasetFiles(memory);
    const compared = [...written.keys()].filter((path) => !path.startsWith('source-') && path !== 'originals.json');
    expect(compared.filter((path) => path.endsWith('.csv'))).toHaveLength(7);
    expect(compared.filter((path) => path.startsWith('part-')).length).toBeGreaterThan(3);
    expect(Object.fromEntries(compared.map((path) => [path, exported.get(path)]))).toEqual(Object.fromEntries(compared.map((path) => [path, written.get(path)])));
  }, 120_000);

  it('writes the same files with the export in worker processes as in this process', async () => {
    const folder = join(work, 'workers');
    mkdirSync(folder);
    const lake = await openLake(join(work, 'one', 'lake'));
    try {
      const counts = await exportDataset(lake, folder, readManifests(lake.dir).live, { pool: { jobs: 2, timeoutMs: 60_000, maxMemoryMb: 512 }, inProcessDocs: 0 });
      expect(counts.lines).toBeGreaterThan(1000);
    } finally {
      lake.close();
    }
    expect(datasetFiles(folder)).toEqual(datasetFiles(join(work, 'one')));
  }, 120_000);

  it('reads only a new file on a rerun, drops a removed one, and ends where a fresh run ends', async () => {
    const last = inputs.at(-1)!;
    const fewer = inputs.filter((path) => path !== last);
    await run(join(work, 'fewer'), fewer);
    const dir = join(work, 'incremental');
    await run(dir, fewer);
    const [first] = readManifests(join(dir, 'lake')).live;
    await run(dir, inputs); // one file added
    const live = readManifests(join(dir, 'lake')).live;
    expect(live.map((batch) => batch.batch)).toContain(first!.batch); // the earlier batch untouched
    expect(live.find((batch) => batch.batch !== first!.batch)?.docs.map((doc) => doc.label)).toEqual([last]);
    expect(datasetFiles(dir)).toEqual(datasetFiles(join(work, 'one')));
    await run(dir, fewer); // and removed again
    expect(readManifests(join(dir, 'lake')).live.flatMap((batch) => batch.docs.map((doc) => doc.label)).sort()).toEqual(groupParts(fewer).map((group) => group.join(' + ')).sort());
    expect(datasetFiles(dir)).toEqual(datasetFiles(join(work, 'fewer')));
  }, 180_000);

  it('combines two shards by copying their lake folders: the same dataset and view answers as one run', async () => {
    await run(join(work, 'shard1'), inputs, ['--shard', '1/2']);
    await run(join(work, 'shard2'), inputs, ['--shard', '2/2']);
    const sizes = [1, 2].map((n) => readManifests(join(work, `shard${n}`, 'lake')).live.flatMap((batch) => batch.docs).length);
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect(sizes[0]! + sizes[1]!).toBe(readManifests(join(work, 'one', 'lake')).live.flatMap((batch) => batch.docs).length);
    const combined = join(work, 'combined');
    cpSync(join(work, 'shard1', 'lake'), join(combined, 'lake'), { recursive: true });
    cpSync(join(work, 'shard2', 'lake'), join(combined, 'lake'), { recursive: true });
    await run(combined, [], ['--export-only']);
    expect(datasetFiles(combined)).toEqual(datasetFiles(join(work, 'one')));
    const files = readSqlFiles();
    const answers = async (lake: string) => {
      const db = await openLakeDb(lake, setupSql(files));
      try {
        return await db.all(files.get('overview')!, [null, null, null, 'stated', null, '', '预算', 'dept', 'default', 'desc', null, 0]);
      } finally {
        db.close();
      }
    };
    const single = await answers(join(work, 'one', 'lake'));
    expect(single.length).toBeGreaterThan(0);
    expect(await answers(join(combined, 'lake'))).toEqual(single);
  }, 180_000);
});
