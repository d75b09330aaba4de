/**
 * One document (a file, or the parts of a disclosure published as several files) through the
 * whole pipeline: bytes → extract → limits → parse → check → its own dataset rows. This is what a
 * worker process runs (worker.ts); tests call ingestGroup directly. Refusals come back as values
 * with a reason code (counted by the fuzz harness) and a Chinese message naming the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractFile } from '../lib/extract';
import { joinDocuments } from '../lib/extract/join';
import type { ExtractedDocument } from '../lib/extract/types';
import { checkDocument } from '../lib/ingest';
import { integerProblems } from '../lib/load/arrow';
import { normalise, type CheckedDisclosure } from '../lib/normalise';
import { docId, unitId } from '../lib/normalise/ids';
import type { DocumentRows } from './merge';

export interface Input {
  /** The name the dataset shows (source_file, source_line): the file's base name. */
  name: string;
  bytes: Uint8Array;
}

export type Refusal = { ok: false; code: string; message: string };
export type GroupResult = { ok: true; document: CheckedDisclosure } | Refusal;


export async function ingestGroup(paths: string[]): Promise<GroupResult> {
  const inputs: Input[] = [];
  for (const path of paths) {
    try {
      inputs.push({ name: basename(path), bytes: readFileSync(path) });
    } catch (error) {
      return { ok: false, code: 'read-error', message: `${path}：无法读取文件（${(error as NodeJS.ErrnoException).code ?? '未知错误'}）` };
    }
  }
  return ingestInputs(inputs);
}

export async function ingestInputs(inputs: readonly Input[]): Promise<GroupResult> {
  const hash = createHash('sha256');
  const parts: ExtractedDocument[] = [];
  for (const input of inputs) {
    hash.update(input.bytes);
    const extracted = await extractFile(input.name, input.bytes);
    if (!extracted.ok) {
      const { file, line, message, code } = extracted.error;
      return { ok: false, code, message: line ? `${file}:${line}：${message}` : message };
    }
    parts.push(extracted.document);
  }
  const document = parts.length === 1 ? parts[0]! : joinDocuments(parts);
  const checked = checkDocument(document, hash.digest('hex'));
  if (!checked.ok) return { ok: false, code: checked.error.code, message: checked.error.message };
  return checked;
}

/**
 * The dataset rows of one document, and its sort key. normalise() treats each document on its
 * own, so the rows of many documents put in key order are exactly normalise() of all of them.
 */
export function documentRows(document: CheckedDisclosure): DocumentRows | Refusal {
  const { disclosure } = document;
  const dataset = normalise([document]);
  const problems = integerProblems(dataset);
  if (problems.length > 0) {
    return { ok: false, code: 'integer-range', message: `${disclosure.sourceFile}：整数超出可精确写出的范围（${problems.join('；')}），未写入` };
  }
  return { key: [unitId(disclosure), disclosure.year ?? 0, disclosure.docScope ?? '', docId(disclosure)], dataset };
}
