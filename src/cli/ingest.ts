/**
 * `npm run ingest` — seeds/ → data/; `npm run ingest -- --out DIR FILE…` — the given files → DIR.
 * Documents go into a Parquet lake (`DIR/lake`, or `--lake`) batch by batch as they finish, so
 * memory stays flat however many there are; the app's dataset files are then rebuilt from the lake
 * (lake/export.ts). A rerun reads only new or changed files (by SHA-256, trusting an unchanged
 * size and mtime) and drops removed ones; `--shard I/N` reads one share of the files, and shards'
 * lakes combine by copying their folders. Each document is read in a worker process with a time and
 * a memory limit (pool.ts); a file that cannot be read, crashes, hangs or runs out of memory is
 * reported (file and reason in Chinese) and the others go on. The same content given twice is read
 * once. Output is byte-identical for the same inputs in any order and any --jobs. The exit status
 * is non-zero only when no document would be in the dataset.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { groupParts, parseIngestArgs, type IngestArgs } from './args';
import type { GroupResult } from './document';
import { LAKE_FOLDER, stageDataset } from './output';
import { runIsolated, type PoolOptions, type Task } from './pool';
import { EXPORTING, startProgress } from './progress';
import { openLake } from './lake/db';
import { exportDataset } from './lake/export';
import { readManifests, shardOf, type BatchManifest, type SourceFile } from './lake/manifest';
import { parserVersion } from './lake/parser-version';
import { planRun } from './lake/plan';
import type { LakeDocument } from './lake/rows';
import { PendingBatch, removeLeftovers, shrinkBatch } from './lake/write';

export { writeDataset } from './output';

/**
 * One document through the pipeline in this process (tests, conformance). Loaded on first use, so
 * the ingest command itself, which only hands files to workers, never loads the parser.
 */
export async function ingestGroup(paths: string[]): Promise<GroupResult> {
  const document = await import('./document');
  return document.ingestGroup(paths);
}

const INPUT_PATTERN = /\.(txt|pdf)$/i;
/** Larger input files are refused before reading: the largest real disclosures are a few MB. */
export const MAX_FILE_MB = 200;

export interface Refused {
  label: string;
  code: string;
  message: string;
}

/** A document to read: its files, their content hash, and what the manifest records of them. */
export interface HashedTask extends Task {
  sha256: string;
  files: SourceFile[];
}

export interface PreparedTasks {
  tasks: HashedTask[];
  refused: Refused[];
  /** Notes on inputs dropped as duplicates of another (same SHA-256). */
  duplicates: string[];
}

/**
 * Groups of paths → worker tasks. Files that are missing or too large are refused here; a group
 * whose content (SHA-256 of its bytes in order) was given already is dropped with a note. The
 * group kept is the first by name, so which one stays does not depend on the input order.
 */
export function prepareTasks(groups: readonly string[][], known: KnownHashes = new Map()): PreparedTasks {
  const refused: Refused[] = [];
  const duplicates: string[] = [];
  const seen = new Map<string, string>();
  const tasks: HashedTask[] = [];
  const ordered = groups.map((paths) => ({ paths, label: paths.join(' + ') })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  for (const { paths, label } of ordered) {
    let problem: Refused | null = null;
    const files: SourceFile[] = [];
    for (const path of paths) {
      problem = sizeProblem(path);
      if (problem) break;
      const stat = statSync(path);
      files.push({ name: basename(path), path: resolve(path), size: stat.size, mtimeMs: stat.mtimeMs });
    }
    if (problem) {
      refused.push(problem);
      continue;
    }
    const sha = known.get(filesKey(files)) ?? hashFiles(files);
    const first = seen.get(sha);
    if (first !== undefined) {
      duplicates.push(`${label} 与 ${first} 内容相同（SHA-256 ${sha.slice(0, 12)}…），只读取一次`);
      continue;
    }
    seen.set(sha, label);
    tasks.push({ label, sha256: sha, files, inputs: paths.map((path) => ({ name: basename(path), path })) });
  }
  return { tasks, refused, duplicates };
}

/** Hashes the lake's manifest already knows, by the files' paths, sizes and mtimes: an unchanged file is not read again to be hashed. */
export type KnownHashes = Map<string, string>;

function filesKey(files: readonly SourceFile[]): string {
  return JSON.stringify(files.map((file) => [file.path, file.size, file.mtimeMs]));
}

export function knownHashes(live: readonly BatchManifest[]): KnownHashes {
  return new Map(live.flatMap((batch) => batch.docs.map((doc) => [filesKey(doc.files), doc.sha256] as const)));
}

function hashFiles(files: readonly SourceFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file.path));
  return hash.digest('hex');
}

/** Refusal reasons as the summary names them (a code not listed is shown as it is). */
const REFUSAL_LABELS: Record<string, string> = {
  'read-error': '无法读取',
  'too-large': '文件过大',
  'too-many-pages': '页数过多',
  'line-too-long': '行过长',
  empty: '空文件',
  binary: '不是文本文件',
  encoding: '无法识别的编码',
  'not-pdf': '不是 PDF',
  'truncated-pdf': 'PDF 不完整',
  encrypted: 'PDF 已加密',
  'too-many-glyphs': '字符过多',
  'no-text-layer': '无文字层（扫描件）',
  'not-a-disclosure': '不是预算公开文件',
  'integer-range': '整数超出范围',
  timeout: '解析超时',
  memory: '内存超限',
  crash: '解析出错'
};

export function refusalSummary(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([code, count]) => `${REFUSAL_LABELS[code] ?? code} ${count}`).join('、');
}

function sum(counts: Map<string, number>): number {
  return [...counts.values()].reduce((total, count) => total + count, 0);
}

function sizeProblem(path: string): Refused | null {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { label: path, code: 'read-error', message: `${path}：不是文件，无法读取` };
    size = stat.size;
  } catch (error) {
    return { label: path, code: 'read-error', message: `${path}：无法读取文件（${(error as NodeJS.ErrnoException).code ?? '未知错误'}）` };
  }
  if (size > MAX_FILE_MB * 2 ** 20) {
    return { label: path, code: 'too-large', message: `${path}：文件过大（${(size / 2 ** 20).toFixed(1)} MB，上限 ${MAX_FILE_MB} MB），未读取` };
  }
  return null;
}

/**
 * DuckDB's memory in the ingest process: it turns one batch's JSON lines (some MB) into Parquet
 * and counts lines per partition; the export's sorts run in the workers. A lower limit than a
 * query's keeps the ingest process small however large the lake.
 */
const INGEST_DUCKDB_MB = 128;

/** Documents per lake batch: the rows the ingest holds before writing (about 2 MB of rows each). */
export const BATCH_DOCS = 64;

async function main(): Promise<number> {
  const parsed = parseIngestArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { args } = parsed;
  let groups = args.groups;
  if (args.exportOnly && groups.length > 0) {
    console.error('参数错误：--export-only 只从数据湖重建数据集，不读取文件；请去掉文件参数');
    return 2;
  }
  if (groups.length === 0 && !args.exportOnly) {
    const files = readdirSync('seeds').filter((name) => INPUT_PATTERN.test(name)).sort();
    groups = groupParts(files.map((name) => join('seeds', name)));
  }
  try {
    return await ingest(args, groups);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}；数据集未更新`);
    return 1;
  }
}

/** One ingest run (the CLI's main, and the tests'): the exit status; messages on stderr. */
export async function ingest(args: IngestArgs, groups: string[][]): Promise<number> {
  const started = Date.now();
  const lakeDir = resolve(args.lakeDir ?? join(args.outDir, LAKE_FOLDER));
  removeLeftovers(lakeDir);
  const parser = parserVersion();
  const before = readManifests(lakeDir).live;
  const prepared = prepareTasks(groups, knownHashes(before));
  const inputs = args.shard ? prepared.tasks.filter((task) => shardOf(task.sha256, args.shard!.count) === args.shard!.index) : prepared.tasks;
  // --export-only: every document in the lake stays, whatever its parser version; nothing is read.
  const plan = args.exportOnly ? { read: [], unchanged: [], shrink: [] } : planRun(inputs, before, parser, args.shard);
  const progress = startProgress({ total: plan.read.length, tty: process.stderr.isTTY === true, quiet: args.quiet, write: (text) => process.stderr.write(text) });
  for (const note of prepared.duplicates) progress.say(`[重复] ${note}`);
  for (const refusal of prepared.refused) progress.say(`[跳过] ${refusal.message}`);
  const refusedBy = new Map<string, number>();
  for (const refusal of prepared.refused) refusedBy.set(refusal.code, (refusedBy.get(refusal.code) ?? 0) + 1);

  const lake = await openLake(lakeDir, { memoryLimitMb: INGEST_DUCKDB_MB });
  try {
    // Batches are fixed slices of the (sorted) inputs, so which documents share a file never depends on timing.
    const pending = new Map<number, { waiting: number; batch: PendingBatch }>();
    let writes: Promise<unknown> = Promise.resolve();
    let written = 0;
    const reread = new Set<string>();
    const finishOne = (index: number, document: LakeDocument | null, task: HashedTask) => {
      const slot = Math.floor(index / BATCH_DOCS);
      let entry = pending.get(slot);
      if (!entry) pending.set(slot, (entry = { waiting: Math.min(BATCH_DOCS, plan.read.length - slot * BATCH_DOCS), batch: new PendingBatch(lake, slot) }));
      if (document) {
        entry.batch.add(document, { sha256: task.sha256, doc_id: document.docId, label: task.label, files: task.files });
        reread.add(document.docId);
      }
      if (--entry.waiting > 0) return;
      pending.delete(slot);
      const { batch } = entry;
      if (batch.size === 0) return;
      written += batch.size;
      writes = writes.then(() => batch.write(parser));
    };
    const options: PoolOptions = { jobs: args.jobs, timeoutMs: args.timeoutMs, maxMemoryMb: args.maxMemoryMb };
    try {
      await runIsolated<LakeDocument>(plan.read.map((task) => ({ ...task, output: 'lake' as const })), options, (index, outcome) => {
        const task = plan.read[index]!;
        if (outcome.ok) finishOne(index, outcome.rows, task);
        else {
          refusedBy.set(outcome.code, (refusedBy.get(outcome.code) ?? 0) + 1);
          progress.say(`[跳过] ${outcome.message}`);
          finishOne(index, null, task);
        }
        progress.step(!outcome.ok);
      });
    } catch (error) {
      throw new Error(`无法启动解析进程：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await writes;
      progress.end();
    }
    // Nothing read and nothing kept: refuse before removing anything, so the lake and dataset stay as they were.
    const shrinking = new Set(plan.shrink.map((entry) => entry.batch.batch));
    const kept = before.filter((batch) => !shrinking.has(batch.batch)).reduce((total, batch) => total + batch.docs.length, 0) + plan.shrink.reduce((total, entry) => total + entry.keep.length, 0);
    if (written + kept === 0) {
      console.error(args.exportOnly ? `数据湖 ${lakeDir} 中没有任何文件，未写出数据集` : `没有任何文件被成功读取（共 ${groups.length} 个，失败 ${sum(refusedBy)} 个），未写出数据集`);
      return 1;
    }
    for (const { batch, keep } of plan.shrink) await shrinkBatch(lake, batch, keep);
    const live = readManifests(lakeDir).live;
    const staged = stageDataset(args.outDir);
    try {
      const exporting = Date.now();
      const counts = await exportDataset(lake, staged.temp, live, {
        pool: options,
        previous: { folder: resolve(args.outDir), reread },
        progress: (total) => startProgress({ total, tty: process.stderr.isTTY === true, quiet: args.quiet, write: (text) => process.stderr.write(text), what: EXPORTING })
      });
      lake.close();
      staged.commit();
      const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
      if (!args.quiet) {
        const removed = plan.shrink.reduce((total, entry) => total + entry.drop.length, 0);
        console.error(
          `已写出 ${args.outDir}/：${counts.units} 份文件，${counts.lines} 行金额，${counts.findings} 条核对发现。` +
            `本次读取 ${written} 份，未变 ${plan.unchanged.length} 份，移除 ${removed} 份` +
            (refusedBy.size ? `，未能读取 ${sum(refusedBy)} 份（${refusalSummary(refusedBy)}）` : '') +
            (prepared.duplicates.length ? `，重复 ${prepared.duplicates.length} 份只读取一次` : '') +
            `；用时 ${seconds(started)} 秒（其中导出数据集 ${seconds(exporting)} 秒）`
        );
      }
      return 0;
    } catch (error) {
      staged.abort();
      throw new Error(`无法写出数据集到 ${args.outDir}/：${error instanceof Error ? error.message : String(error)}；原有数据未改动`);
    }
  } finally {
    lake.close();
  }
}

if (isMainThread && process.argv[1] && basename(process.argv[1]).startsWith('ingest')) {
  main().then((code) => process.exit(code));
}
