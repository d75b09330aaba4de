/**
 * Command-line arguments of `npm run ingest`:
 * [--out DIR] [--lake DIR] [--shard I/N] [--export-only] [--join A B …] [--timeout SECONDS] [--max-memory MB] [--jobs N] [--quiet] [FILE …].
 */
import { availableParallelism } from 'node:os';
import { groupParts } from '../lib/import/parts';

export { groupParts };

export interface IngestArgs {
  outDir: string;
  /** Each entry is one document: one file, or the parts of a document published as several files. */
  groups: string[][];
  quiet: boolean;
  /** Time one document may take (extract → parse → check → rows), in milliseconds. */
  timeoutMs: number;
  /** Memory one document may use, in MB (the worker's heap; see pool.ts for the process-wide watch). */
  maxMemoryMb: number;
  /** Documents read at the same time, one worker process each. */
  jobs: number;
  /** The Parquet lake; null: `lake/` inside the output folder. */
  lakeDir: string | null;
  /** Only the documents of shard `index` (0-based) of `count` (by content hash). */
  shard: { index: number; count: number } | null;
  /** Read no file: rebuild the dataset folder from the lake (e.g. shards' lakes copied together). */
  exportOnly: boolean;
}

export type ParsedArgs = { ok: true; args: IngestArgs } | { ok: false; message: string };

export const DEFAULT_TIMEOUT_SECONDS = 30;
export const DEFAULT_MAX_MEMORY_MB = 512;

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

const OPTIONS = '--out DIR、--lake DIR、--shard I/N、--export-only、--join A B、--timeout 秒、--max-memory MB、--jobs N、--quiet';

export function parseIngestArgs(argv: string[]): ParsedArgs {
  let outDir = 'data';
  let quiet = false;
  let timeoutMs = DEFAULT_TIMEOUT_SECONDS * 1000;
  let maxMemoryMb = DEFAULT_MAX_MEMORY_MB;
  let jobs = defaultJobs();
  let lakeDir: string | null = null;
  let shard: IngestArgs['shard'] = null;
  let exportOnly = false;
  const singles: string[] = [];
  const groups: string[][] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--out') {
      const value = argv[++index];
      if (!value) return { ok: false, message: '参数错误：--out 之后需要给出输出目录' };
      outDir = value;
    } else if (arg === '--lake') {
      const value = argv[++index];
      if (!value) return { ok: false, message: '参数错误：--lake 之后需要给出数据湖目录' };
      lakeDir = value;
    } else if (arg === '--shard') {
      const match = /^(\d+)\/(\d+)$/.exec(argv[++index] ?? '');
      const [i, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
      if (!match || n < 1 || i < 1 || i > n) return { ok: false, message: '参数错误：--shard 之后需要给出 I/N（第 I 份，共 N 份，1 ≤ I ≤ N），例如 --shard 2/4' };
      shard = { index: i - 1, count: n };
    } else if (arg === '--join') {
      // Exactly two parts (narrative, then tables), as disclosures published in two files come.
      const parts = argv.slice(index + 1, index + 3);
      if (parts.length < 2 || parts.some((part) => part.startsWith('--'))) {
        return { ok: false, message: '参数错误：--join 之后需要给出同一文件的两个部分（说明在前，表格在后）' };
      }
      groups.push(parts);
      index += 2;
    } else if (arg === '--timeout' || arg === '--max-memory' || arg === '--jobs') {
      const value = positiveNumber(argv[++index], arg === '--timeout');
      if (value === null) return { ok: false, message: `参数错误：${arg} 之后需要给出一个正数${arg === '--timeout' ? '（秒）' : arg === '--max-memory' ? '（MB）' : '（整数）'}` };
      if (arg === '--timeout') timeoutMs = Math.round(value * 1000);
      else if (arg === '--max-memory') maxMemoryMb = Math.round(value);
      else jobs = Math.max(1, Math.floor(value));
    } else if (arg === '--export-only') {
      exportOnly = true;
    } else if (arg === '--quiet') {
      quiet = true;
    } else if (arg.startsWith('--')) {
      return { ok: false, message: `参数错误：不认识的选项 ${arg}（可用：${OPTIONS}）` };
    } else {
      singles.push(arg);
    }
  }
  groups.push(...groupParts(singles));
  return { ok: true, args: { outDir, groups, quiet, timeoutMs, maxMemoryMb, jobs, lakeDir, shard, exportOnly } };
}

function positiveNumber(text: string | undefined, fractional: boolean): number | null {
  if (text === undefined || !(fractional ? /^\d+(?:\.\d+)?$/ : /^\d+$/).test(text)) return null;
  const value = Number(text);
  return value > 0 && Number.isFinite(value) ? value : null;
}

/** `x_part1_narrative.pdf` → stem `x`, part 1: `_part`/`-part` and the number end the stem, and the number ends at `_`, `-`, `.` or the end of the name. */
