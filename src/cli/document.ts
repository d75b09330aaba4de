/**
 * One document read from disk in this process: the file(s) → bytes → the shared pipeline
 * (src/lib/ingest.ts). This is what a worker process runs (worker.ts); tests call ingestGroup
 * directly. Refusals come back as values with a reason code (counted by the fuzz harness) and a
 * Chinese message naming the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestParts, type GroupResult, type IngestInput } from '../lib/ingest';

export { documentRows, type GroupResult, type IngestInput, type Refusal } from '../lib/ingest';

export async function ingestGroup(paths: string[]): Promise<GroupResult> {
  const inputs: IngestInput[] = [];
  for (const path of paths) {
    try {
      inputs.push({ name: basename(path), bytes: readFileSync(path) });
    } catch (error) {
      return { ok: false, code: 'read-error', message: `${path}：无法读取文件（${(error as NodeJS.ErrnoException).code ?? '未知错误'}）` };
    }
  }
  return ingestInputs(inputs);
}

/** The parts in order through the pipeline; the document's id is the SHA-256 of their bytes in order. */
export function ingestInputs(inputs: readonly IngestInput[]): Promise<GroupResult> {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input.bytes);
  return ingestParts(inputs, hash.digest('hex'));
}
