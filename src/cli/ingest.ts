/**
 * `npm run ingest` — seeds/ → data/; `npm run ingest -- --out DIR FILE…` — the given files → DIR.
 * A bad file is reported on stderr (file, line, reason in Chinese) and the others go on; the exit
 * status is non-zero only when no file could be ingested. Output is byte-identical for the same
 * inputs in any order.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractFile } from '../lib/extract';
import { joinDocuments } from '../lib/extract/join';
import type { ExtractResult } from '../lib/extract/types';
import { checkDocument } from '../lib/ingest';
import { datasetToIpcStream } from '../lib/load/arrow';
import { normalise, type CheckedDisclosure } from '../lib/normalise';
import { toCsv } from '../lib/normalise/csv';
import { COLUMNS, type Dataset } from '../lib/normalise/rows';
import { groupParts, parseIngestArgs } from './args';

const INPUT_PATTERN = /\.(txt|pdf)$/i;

export async function ingestGroup(paths: string[]): Promise<{ ok: true; document: CheckedDisclosure } | { ok: false; message: string }> {
  const hash = createHash('sha256');
  const parts = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return { ok: false, message: `${path}：无法读取文件（${(error as NodeJS.ErrnoException).code ?? '未知错误'}）` };
    }
    hash.update(bytes);
    const extracted: ExtractResult = await extractFile(basename(path), bytes);
    if (!extracted.ok) {
      const { file, line, message } = extracted.error;
      return { ok: false, message: line ? `${file}:${line}：${message}` : message };
    }
    parts.push(extracted.document);
  }
  const document = parts.length === 1 ? parts[0]! : joinDocuments(parts);
  const checked = checkDocument(document, hash.digest('hex'));
  if (!checked.ok) return { ok: false, message: checked.error.message };
  return checked;
}

export function writeDataset(outDir: string, dataset: Dataset): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of Object.keys(COLUMNS) as (keyof Dataset)[]) {
    writeFileSync(join(outDir, `${name}.csv`), toCsv(name, dataset));
    writeFileSync(join(outDir, `${name}.arrows`), datasetToIpcStream(name, dataset));
  }
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
  const documents: CheckedDisclosure[] = [];
  const started = Date.now();
  let failed = 0;
  for (const [index, group] of groups.entries()) {
    const result = await ingestGroup(group);
    if (result.ok) documents.push(result.document);
    else {
      failed++;
      console.error(`[跳过] ${result.message}`);
    }
    if (!args.quiet && (groups.length > 5 || Date.now() - started > 2000)) {
      process.stderr.write(`\r[进度] ${index + 1}/${groups.length} 个文件，已用 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    }
  }
  if (!args.quiet && (groups.length > 5 || Date.now() - started > 2000)) process.stderr.write('\n');
  if (documents.length === 0) {
    console.error(`没有任何文件被成功读取（共 ${groups.length} 个，失败 ${failed} 个），未写出数据集`);
    return 1;
  }
  const dataset = normalise(documents);
  writeDataset(args.outDir, dataset);
  if (!args.quiet) {
    console.error(
      `已写出 ${args.outDir}/：${dataset.units.length} 份文件，${dataset.lines.length} 行金额，${dataset.findings.length} 条核对发现` +
        (failed ? `；${failed} 个文件未能读取（见上）` : '')
    );
  }
  return 0;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('ingest')) {
  main().then((code) => process.exit(code));
}
