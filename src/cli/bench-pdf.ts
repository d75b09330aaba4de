/**
 * PDF throughput over the corpus PDFs (tests/corpus/pdf), called by `npm run bench`.
 * Two figures, each the median of 3 runs after one warm-up: extraction alone (bytes → positioned
 * lines), and PDF → rows (extract, join two-part disclosures, parse, check, normalise).
 * Speed is printed here, never asserted in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFile } from '../lib/extract';
import { joinDocuments } from '../lib/extract/join';
import type { ExtractedDocument } from '../lib/extract/types';
import { checkDocument } from '../lib/ingest';
import { normalise, type CheckedDisclosure } from '../lib/normalise';
import { groupParts } from './args';

const RUNS = 3;
const CORPUS = fileURLToPath(new URL('../../tests/corpus/pdf/', import.meta.url));

export interface PdfBench {
  /** Pages and documents (files) in one run. */
  pages: number;
  docs: number;
  /** Median seconds of one run, PDF → rows. */
  seconds: number;
  /** Median seconds of one run, extraction alone. */
  extractSeconds: number;
}

interface Input {
  name: string;
  bytes: Uint8Array;
}

async function extractAll(inputs: Input[]): Promise<Map<string, ExtractedDocument>> {
  const out = new Map<string, ExtractedDocument>();
  for (const input of inputs) {
    const result = await extractFile(input.name, input.bytes);
    if (!result.ok) throw new Error(result.error.message);
    out.set(input.name, result.document);
  }
  return out;
}

async function toRows(inputs: Input[]): Promise<number> {
  const extracted = await extractAll(inputs);
  const documents: CheckedDisclosure[] = [];
  for (const group of groupParts(inputs.map((input) => input.name))) {
    const parts = group.map((name) => extracted.get(name)!);
    const checked = checkDocument(parts.length === 1 ? parts[0]! : joinDocuments(parts), group.join('+').padStart(64, '0'));
    if (checked.ok) documents.push(checked.document);
  }
  return normalise(documents).lines.length;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchPdf(): Promise<PdfBench> {
  const inputs = readdirSync(CORPUS)
    .filter((name) => name.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(CORPUS + name)) }));
  const warm = await extractAll(inputs); // warm-up: JIT, pdfjs module, CMaps
  const pages = [...warm.values()].reduce((total, document) => total + document.pages.length, 0);
  await toRows(inputs);
  const extractTimes: number[] = [];
  const rowTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    extractTimes.push(await time(() => extractAll(inputs)));
    rowTimes.push(await time(() => toRows(inputs)));
  }
  const result = { pages, docs: inputs.length, seconds: median(rowTimes), extractSeconds: median(extractTimes) };
  const rate = (seconds: number) => `${(pages / seconds).toFixed(0)} pages/s, ${(inputs.length / seconds).toFixed(1)} docs/s`;
  console.log(`PDF (corpus: ${inputs.length} PDFs, ${pages} pages, median of ${RUNS}, one core)`);
  console.log(`  extract only: ${result.extractSeconds.toFixed(3)} s → ${rate(result.extractSeconds)}`);
  console.log(`  PDF → rows:   ${result.seconds.toFixed(3)} s → ${rate(result.seconds)}`);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchPdf().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
