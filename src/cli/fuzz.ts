/**
 * `npm run fuzz -- [COUNT] [SEED] [--timeout S] [--max-memory MB] [--jobs N] [--no-pdf]` — mutates
 * the seeds and every corpus text COUNT times (default 3,000, seed 1), adds the hostile PDFs, runs
 * each case through the ingest's isolated worker path and prints crashes, hangs, memory overruns,
 * refusals by reason and silent changes (fuzz-run.ts). The same COUNT and SEED give the same cases.
 * Every example goes to test-results/fuzz-COUNT-SEED.json. The exit status is 0 when the harness
 * ran, whatever it found: it measures, it does not gate.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { defaultJobs, DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from './args';
import { hostileMakers, LARGE_HOSTILE, loadBases, pdfCases, textCases, type FuzzCase } from './fuzz-cases';
import { formatReport, runFuzz } from './fuzz-run';
import type { PoolOptions } from './pool';

const ROOT = join(import.meta.dirname, '..', '..');
/** Corpus PDFs with random bytes changed, per run. */
const DAMAGED_PDFS = 20;

interface FuzzArgs {
  count: number;
  seed: number;
  pdf: boolean;
  pool: PoolOptions;
}

export function parseFuzzArgs(argv: string[]): { ok: true; args: FuzzArgs } | { ok: false; message: string } {
  const positional: number[] = [];
  const pool: PoolOptions = { jobs: defaultJobs(), timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000, maxMemoryMb: DEFAULT_MAX_MEMORY_MB };
  let pdf = true;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--no-pdf') pdf = false;
    else if (arg === '--timeout' || arg === '--max-memory' || arg === '--jobs') {
      const value = Number(argv[++index]);
      if (!(value > 0)) return { ok: false, message: `参数错误：${arg} 之后需要给出一个正数` };
      if (arg === '--timeout') pool.timeoutMs = Math.round(value * 1000);
      else if (arg === '--max-memory') pool.maxMemoryMb = Math.round(value);
      else pool.jobs = Math.floor(value);
    } else if (/^\d+$/.test(arg)) positional.push(Number(arg));
    else return { ok: false, message: `参数错误：不认识的参数 ${arg}（用法：npm run fuzz -- [用例数] [种子] [--timeout 秒] [--max-memory MB] [--jobs N] [--no-pdf]）` };
  }
  return { ok: true, args: { count: positional[0] ?? 3_000, seed: positional[1] ?? 1, pdf, pool } };
}

async function main(): Promise<number> {
  const parsed = parseFuzzArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { count, seed, pdf, pool } = parsed.args;
  const bases = loadBases();
  function* cases(): Generator<FuzzCase> {
    if (pdf) yield* pdfCases(LARGE_HOSTILE, seed, DAMAGED_PDFS);
    yield* textCases(bases, count, seed);
  }
  const pdfs = pdf ? hostileMakers(LARGE_HOSTILE).length + DAMAGED_PDFS : 0;
  const total = count + pdfs;
  console.error(`[模糊测试] ${bases.length} 个原文件，${count} 个变体${pdf ? ` + ${pdfs} 个 PDF` : ''}，种子 ${seed}`);
  const report = await runFuzz(bases, cases(), pool, (done, partial) => {
    if (done % 50 === 0 || done === total) {
      const bad = ['crash', 'timeout', 'memory'].map((code) => `${code} ${partial.outcomes[code] ?? 0}`).join('，');
      process.stderr.write(`\r[进度] ${done}/${total}（${bad}，静默改变 ${partial.silentChanges.length}）`);
    }
  });
  process.stderr.write('\n');
  console.log(formatReport(report, pool));
  // Every example in full (the text report lists the first few of each).
  const file = join(ROOT, 'test-results', `fuzz-${count}-${seed}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ count, seed, limits: pool, report }, null, 1));
  console.log(`\n全部结果：${relative(process.cwd(), file)}`);
  return 0;
}

if (isMainThread && process.argv[1] && basename(process.argv[1]).startsWith('fuzz')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`\n模糊测试中止：${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  );
}
