/**
 * Ingest at scale, called by `npm run bench` (or `npx tsx src/cli/bench-ingest.ts [--docs=1000] [--rss=100,1000,10000]`):
 * the real CLI (worker processes, Parquet lake, dataset export) over N documents made from the
 * seeds and the corpus texts with changed unit names (so each is a document of its own, not a
 * duplicate), printing documents/s and MB/s for --jobs 1 and --jobs <cores> and their ratio, the
 * time of a rerun with one new file among them, and the peak resident memory of the ingest
 * process (and of it with its workers) at several corpus sizes. The CPU time of each run shows
 * how many cores --jobs 1 already keeps busy (V8's own threads, DuckDB), which bounds the ratio.
 * Numbers are printed, never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestGroup } from './document';
import { childrenOf, cpuSeconds, statusBytes } from './proc';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = [join(ROOT, 'seeds'), join(ROOT, 'tests', 'corpus', 'text')];
/** Heavenly stems as digits: a tag in a unit's name that no parser reads as a number. */
const STEMS = '甲乙丙丁戊己庚辛壬癸';

export function nameTag(index: number): string {
  return [...String(index)].map((digit) => STEMS[Number(digit)]).join('');
}

/** Single-file documents that name their unit (a blank template has no name to change), with that name. */
async function templates(): Promise<{ name: string; text: string; unitName: string }[]> {
  const out: { name: string; text: string; unitName: string }[] = [];
  for (const dir of SOURCES) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt') && !/_part\d/i.test(file)).sort()) {
      const result = await ingestGroup([join(dir, name)]);
      const unitName = result.ok ? result.document.disclosure.unit.name : '';
      if (unitName) out.push({ name, text: readFileSync(join(dir, name), 'utf8'), unitName });
    }
  }
  return out;
}

/** Writes `count` documents into `dir` (copy k of a source names its unit with tag k); their total bytes. */
export async function makeCorpus(dir: string, count: number, start = 0): Promise<number> {
  const sources = await templates();
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let index = start; index < start + count; index++) {
    const source = sources[index % sources.length]!;
    const copy = Math.floor(index / sources.length);
    // The tag goes before the name's last character (局, 院, 室…): a name that does not end as a unit's
    // name does is not read as one, and the copy would be a document without a unit.
    const renamed = `${source.unitName.slice(0, -1)}${nameTag(copy)}${source.unitName.slice(-1)}`;
    const text = copy === 0 ? source.text : source.text.split(source.unitName).join(renamed);
    const path = join(dir, `${String(index).padStart(6, '0')}_${source.name}`);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

interface RunResult {
  seconds: number;
  /** Of which the dataset export (as the ingest's summary reports it). */
  exportSeconds: number;
  /** CPU time of the ingest and its workers (sampled from /proc: the last sample before it ended). */
  cpuSeconds: number;
  /** Peak resident memory of the ingest process, and of it with its worker processes (MB). */
  peakMainMb: number;
  peakTreeMb: number;
  stderr: string;
}

/** Runs `npm run ingest`'s command on every file of `inputs`, sampling memory and CPU every 100 ms. */
export function runIngest(inputs: string, out: string, jobs: number): Promise<RunResult> {
  const files = readdirSync(inputs).sort().map((name) => join(inputs, name));
  const args = ['--import', 'tsx', join(ROOT, 'src', 'cli', 'ingest.ts'), '--out', out, '--jobs', String(jobs), ...files];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakMain = 0;
    let peakTree = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      const main = statusBytes(child.pid!, 'VmHWM');
      peakMain = Math.max(peakMain, main);
      const workers = childrenOf(child.pid!);
      peakTree = Math.max(peakTree, statusBytes(child.pid!, 'VmRSS') + workers.reduce((sum, pid) => sum + statusBytes(pid, 'VmRSS'), 0));
      // The ingest's own time and its ended workers', plus the running workers'.
      const own = cpuSeconds(child.pid!);
      if (own > 0) cpu = own + workers.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`ingest 退出码 ${code}：${stderr.slice(-500)}`));
      else {
        const exportSeconds = Number(/其中导出数据集 ([\d.]+) 秒/.exec(stderr)?.[1] ?? NaN);
        resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, exportSeconds, cpuSeconds: cpu, peakMainMb: peakMain / 2 ** 20, peakTreeMb: Math.max(peakTree, peakMain) / 2 ** 20, stderr });
      }
    });
  });
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/** An allocation-heavy loop (short-lived objects and strings, as a parser makes): its seconds, printed by the child. */
const ALLOCATING_LOOP = `const t = Date.now(); let keep = [];
for (let i = 0; i < 2e7; i++) { keep.push({ a: i, b: 'x' + (i % 1000) }); if (keep.length > 100000) keep = []; }
console.log((Date.now() - t) / 1000);`;

function timedLoops(count: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: count }, () =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['--v8-pool-size=1', '-e', ALLOCATING_LOOP], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', () => resolve(Number(out.trim())));
      })
    )
  );
}

/**
 * What this machine gives N processes that allocate as the parser does: N × the time of one alone
 * ÷ the time of each when N run at once. A pure arithmetic loop scales to N here; an allocating
 * one is bound by the memory system the cores share, and so is the ingest.
 */
export async function machineCeiling(cores: number): Promise<number> {
  const [alone] = await timedLoops(1);
  const together = await timedLoops(cores);
  return (cores * alone!) / Math.max(...together);
}

export interface IngestBenchOptions {
  docs?: number;
  rssSizes?: number[];
  log?: (line: string) => void;
}

export async function benchIngest(options: IngestBenchOptions = {}): Promise<void> {
  const { docs = 1000, rssSizes = [100, 1000, 10_000], log = console.log } = options;
  const cores = availableParallelism();
  const work = mkdtempSync(join(tmpdir(), 'budget-lens-bench-ingest-'));
  try {
    const inputs = join(work, 'inputs');
    await makeCorpus(inputs, docs);
    const megabytes = folderBytes(inputs) / 1e6;
    log(`ingest（CLI：工作进程 + Parquet 数据湖 + 导出数据集；${docs} 份由种子与语料改名生成的文件，${megabytes.toFixed(1)} MB）`);
    const single = await runIngest(inputs, join(work, 'out-1'), 1);
    const parallel = await runIngest(inputs, join(work, `out-${cores}`), cores);
    const reading = (run: RunResult) => Math.max(run.seconds - run.exportSeconds, 0.001);
    const ceiling = await machineCeiling(cores);
    for (const [jobs, run] of [[1, single], [cores, parallel]] as const) {
      log(
        `  --jobs ${jobs}：全程 ${run.seconds.toFixed(1)} 秒 → ${(docs / run.seconds).toFixed(1)} 份/秒，${(megabytes / run.seconds).toFixed(2)} MB/s；` +
          `读取与写入数据湖 ${reading(run).toFixed(1)} 秒 → ${(docs / reading(run)).toFixed(1)} 份/秒；导出数据集 ${run.exportSeconds.toFixed(1)} 秒；` +
          `CPU ${run.cpuSeconds.toFixed(1)} 秒（${((run.cpuSeconds * 1000) / docs).toFixed(0)} 毫秒/份），平均占用 ${(run.cpuSeconds / run.seconds).toFixed(2)} 核`
      );
    }
    log(
      `  并行加速比（--jobs ${cores} 对 --jobs 1）：全程 ${(single.seconds / parallel.seconds).toFixed(2)}×，读取与写入数据湖 ${(reading(single) / reading(parallel)).toFixed(2)}×，` +
        `导出 ${(single.exportSeconds / parallel.exportSeconds).toFixed(2)}×（目标 ≥ 1.8×）。` +
        `本机上限：${cores} 核 ÷ --jobs 1 已占用的核数 ≈ ${(cores / (single.cpuSeconds / single.seconds)).toFixed(2)}×；分配密集的 JS 循环 ${cores} 个进程同时运行 ${ceiling.toFixed(2)}×`
    );
    await makeCorpus(inputs, 1, docs);
    const rerun = await runIngest(inputs, join(work, `out-${cores}`), cores);
    log(`  增量重跑（${docs} 份中新增 1 份）：${rerun.seconds.toFixed(1)} 秒（${/本次读取 \d+ 份/.exec(rerun.stderr)?.[0] ?? '?'}）`);
    for (const size of rssSizes) {
      const dir = join(work, `rss-${size}`);
      await makeCorpus(dir, size);
      const run = await runIngest(dir, join(work, `out-rss-${size}`), cores);
      log(`  峰值内存（${size} 份，--jobs ${cores}）：主进程 ${run.peakMainMb.toFixed(0)} MB，含工作进程 ${run.peakTreeMb.toFixed(0)} MB；${run.seconds.toFixed(1)} 秒，${(size / run.seconds).toFixed(1)} 份/秒`);
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(work, `out-rss-${size}`), { recursive: true, force: true });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `npm run bench`'s call: sizes from BENCH_INGEST_DOCS and BENCH_RSS_SIZES (comma-separated). */
export function benchIngestFromEnv(): Promise<void> {
  return benchIngest({
    docs: Number(process.env.BENCH_INGEST_DOCS ?? 1000),
    rssSizes: (process.env.BENCH_RSS_SIZES ?? '100,1000,10000').split(',').map(Number)
  });
}

if (process.argv[1] && basename(process.argv[1]).startsWith('bench-ingest')) {
  const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  await benchIngest({ docs: Number(flag('docs') ?? 1000), rssSizes: (flag('rss') ?? '100,1000,10000').split(',').map(Number) });
}
