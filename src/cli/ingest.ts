/**
 * `npm run ingest` — seeds/ → data/; `npm run ingest -- --out DIR FILE…` — the given files → DIR.
 * Each document is read in a worker process with a time and a memory limit (pool.ts); a file that
 * cannot be read, crashes, hangs or runs out of memory is reported on stderr (file and reason in
 * Chinese) and the others go on. The same content given twice is read once. The dataset is
 * written all or nothing (output.ts). The exit status is non-zero only when no file could be
 * ingested. Output is byte-identical for the same inputs in any order.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { groupParts, parseIngestArgs } from './args';
import type { GroupResult } from './document';
import { mergeRows, type DocumentRows } from '../lib/normalise/merge';
import { writeDataset, type Original } from './output';
import { runIsolated, type PoolOptions, type Task } from './pool';

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

export interface PreparedTasks {
  tasks: Task[];
  refused: Refused[];
  /** Notes on inputs dropped as duplicates of another (same SHA-256). */
  duplicates: string[];
}

/**
 * Groups of paths → worker tasks. Files that are missing or too large are refused here; a group
 * whose content (SHA-256 of its bytes in order) was given already is dropped with a note. The
 * group kept is the first by name, so which one stays does not depend on the input order.
 */
export function prepareTasks(groups: readonly string[][]): PreparedTasks {
  const refused: Refused[] = [];
  const duplicates: string[] = [];
  const seen = new Map<string, string>();
  const tasks: Task[] = [];
  const ordered = groups.map((paths) => ({ paths, label: paths.join(' + ') })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  for (const { paths, label } of ordered) {
    const hash = createHash('sha256');
    let problem: Refused | null = null;
    for (const path of paths) {
      problem = sizeProblem(path);
      if (problem) break;
      hash.update(readFileSync(path));
    }
    if (problem) {
      refused.push(problem);
      continue;
    }
    const sha = hash.digest('hex');
    const first = seen.get(sha);
    if (first !== undefined) {
      duplicates.push(`${label} 与 ${first} 内容相同（SHA-256 ${sha.slice(0, 12)}…），只读取一次`);
      continue;
    }
    seen.set(sha, label);
    tasks.push({ label, inputs: paths.map((path) => ({ name: basename(path), path })) });
  }
  return { tasks, refused, duplicates };
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

async function main(): Promise<number> {
  const parsed = parseIngestArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { args } = parsed;
  let groups = args.groups;
  if (groups.length === 0) {
    const files = readdirSync('seeds').filter((name) => INPUT_PATTERN.test(name)).sort();
    groups = groupParts(files.map((name) => join('seeds', name)));
  }
  const { tasks, refused, duplicates } = prepareTasks(groups);
  for (const note of duplicates) console.error(`[重复] ${note}`);
  for (const refusal of refused) console.error(`[跳过] ${refusal.message}`);
  const documents: DocumentRows[] = [];
  const originals: Original[] = [];
  const started = Date.now();
  const showProgress = () => !args.quiet && (tasks.length > 5 || Date.now() - started > 2000);
  // The progress line is rewritten in place (\r); a message first ends it.
  let progressOpen = false;
  const endProgress = () => {
    if (progressOpen) process.stderr.write('\n');
    progressOpen = false;
  };
  let finished = 0;
  let failed = refused.length;
  const options: PoolOptions = { jobs: args.jobs, timeoutMs: args.timeoutMs, maxMemoryMb: args.maxMemoryMb };
  try {
    await runIsolated(tasks, options, (index, outcome) => {
      finished++;
      if (outcome.ok) {
        documents.push(outcome.rows);
        const docId = outcome.rows.dataset.units[0]?.doc_id;
        tasks[index]!.inputs.forEach((input, part) => {
          if (docId && input.path) originals.push({ docId, part: part + 1, name: input.name, path: input.path });
        });
      }
      else {
        failed++;
        endProgress();
        console.error(`[跳过] ${outcome.message}`);
      }
      if (showProgress()) {
        process.stderr.write(`\r[进度] ${finished}/${tasks.length} 个文件，已用 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
        progressOpen = true;
      }
    });
  } catch (error) {
    endProgress();
    console.error(`无法启动解析进程：${error instanceof Error ? error.message : String(error)}；未写出数据集`);
    return 1;
  }
  endProgress();
  if (documents.length === 0) {
    console.error(`没有任何文件被成功读取（共 ${groups.length} 个，失败 ${failed} 个），未写出数据集`);
    return 1;
  }
  const dataset = mergeRows(documents);
  try {
    writeDataset(args.outDir, dataset, originals);
  } catch (error) {
    console.error(`无法写出数据集到 ${args.outDir}/：${error instanceof Error ? error.message : String(error)}；原有数据未改动`);
    return 1;
  }
  if (!args.quiet) {
    console.error(
      `已写出 ${args.outDir}/：${dataset.units.length} 份文件，${dataset.lines.length} 行金额，${dataset.findings.length} 条核对发现` +
        (failed ? `；${failed} 个文件未能读取（见上）` : '') +
        (duplicates.length ? `；${duplicates.length} 个重复文件只读取一次` : '')
    );
  }
  return 0;
}

if (isMainThread && process.argv[1] && basename(process.argv[1]).startsWith('ingest')) {
  main().then((code) => process.exit(code));
}
