/**
 * `npm run bench` — prints speed figures; speed is measured here, never asserted in tests.
 * 1. Ingest throughput over many in-memory copies of the seeds (extract → parse → check →
 *    normalise), median of repeated runs, against a bare baseline over the same bytes
 *    (split lines + one number regex), and their ratio.
 * 2. The ingest CLI at scale (bench-ingest.ts): --jobs 1 against --jobs <cores>, a rerun with one
 *    new file, peak memory at 100 / 1,000 / 10,000 documents (BENCH_INGEST_DOCS, BENCH_RSS_SIZES).
 * 3. PDF → rows over the corpus (pages/s, documents/s), when the PDF stage is present.
 * 4. The dashboard in headless Chromium, when the web bench is present.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../lib/extract/text';
import { checkDocument } from '../lib/ingest';
import { normalise, type CheckedDisclosure } from '../lib/normalise';

const COPIES = Number(process.env.BENCH_COPIES ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function ingestAll(seeds: { name: string; bytes: Uint8Array }[]): number {
  const documents: CheckedDisclosure[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const seed of seeds) {
      const extracted = extractText(`${copy}-${seed.name}`, seed.bytes);
      if (!extracted.ok) continue;
      const checked = checkDocument(extracted.document, `${copy}`.padStart(64, '0'));
      if (checked.ok) documents.push(checked.document);
    }
  }
  return normalise(documents).lines.length;
}

/** The floor: what merely splitting lines and matching one number regex costs over the same bytes. */
function baseline(seeds: { bytes: Uint8Array }[]): number {
  const decoder = new TextDecoder();
  const number = /\d[\d,]*\.\d+/g;
  let count = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    for (const seed of seeds) {
      for (const line of decoder.decode(seed.bytes).split('\n')) count += line.match(number)?.length ?? 0;
    }
  }
  return count;
}

async function optionalBench(module: string, exportName: string): Promise<void> {
  try {
    const loaded = (await import(module)) as Record<string, () => Promise<unknown>>;
    const run = loaded[exportName];
    if (typeof run === 'function') await run();
  } catch (error) {
    console.log(`(${module} 未运行：${(error as Error).message.split('\n')[0]})`);
  }
}

async function main(): Promise<void> {
  const seeds = readdirSync('seeds')
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('seeds', name))) }));
  const megabytes = (seeds.reduce((total, seed) => total + seed.bytes.length, 0) * COPIES) / 1e6;
  const documents = seeds.length * COPIES;
  ingestAll(seeds.map((seed) => ({ ...seed }))); // warm-up (JIT)
  const ingestTimes = Array.from({ length: RUNS }, () => time(() => ingestAll(seeds)));
  const baselineTimes = Array.from({ length: RUNS }, () => time(() => baseline(seeds)));
  const ingest = median(ingestTimes);
  const floor = median(baselineTimes);
  console.log(`ingest (seeds × ${COPIES} = ${documents} documents, ${megabytes.toFixed(1)} MB, median of ${RUNS}, one core)`);
  console.log(`  pipeline: ${ingest.toFixed(3)} s  → ${(documents / ingest).toFixed(0)} docs/s, ${(megabytes / ingest).toFixed(1)} MB/s`);
  console.log(`  baseline (split lines + one number regex): ${floor.toFixed(3)} s → ${(megabytes / floor).toFixed(1)} MB/s`);
  console.log(`  ratio pipeline/baseline: ${(ingest / floor).toFixed(2)}×  (targets: ≥ 80 MB/s, ≤ 5×)`);
  await optionalBench('./bench-ingest', 'benchIngestFromEnv');
  await optionalBench('./bench-pdf', 'benchPdf');
  await optionalBench('./bench-web', 'benchWeb');
  await optionalBench('./bench-import', 'benchImport');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
