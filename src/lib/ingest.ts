/**
 * The whole per-document pipeline, the same in the CLI's worker processes and in the browser's
 * Web Workers: bytes → extract → limits → parse → check → the document's own dataset rows.
 * Errors come back as values with a reason code and a Chinese message naming the file (and line).
 */
import { extractFile, type PdfOptions } from './extract';
import { joinDocuments } from './extract/join';
import type { ExtractedDocument } from './extract/types';
import { runChecks } from './check';
import { integerProblems } from './load/arrow';
import { parseDisclosure } from './parse';
import { normalise, type CheckedDisclosure } from './normalise';
import { documentKey, type DocumentRows } from './normalise/merge';

export interface IngestError {
  file: string;
  line?: number;
  code: string;
  message: string;
}

export type IngestResult = { ok: true; document: CheckedDisclosure } | { ok: false; error: IngestError };

export interface IngestInput {
  /** The name the dataset shows (source_file, source_line): the file's base name. */
  name: string;
  bytes: Uint8Array;
}

export type Refusal = { ok: false; code: string; message: string };
export type GroupResult = { ok: true; document: CheckedDisclosure } | Refusal;

/**
 * One document — a file, or the parts of a disclosure published as several files, in order —
 * read whole or refused by name. `sha256` is of the parts' bytes in order (the caller hashes: Node
 * and the browser do it differently).
 */
export async function ingestParts(inputs: readonly IngestInput[], sha256: string, options: PdfOptions = {}): Promise<GroupResult> {
  const parts: ExtractedDocument[] = [];
  for (const input of inputs) {
    const extracted = await extractFile(input.name, input.bytes, options);
    if (!extracted.ok) {
      const { file, line, message, code } = extracted.error;
      return { ok: false, code, message: line ? `${file}:${line}：${message}` : message };
    }
    parts.push(extracted.document);
  }
  const document = parts.length === 1 ? parts[0]! : joinDocuments(parts);
  const checked = checkDocument(document, sha256);
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
  return { key: documentKey(disclosure), dataset };
}

/**
 * Parse and check an extracted document. Text that is no budget disclosure at all (no known
 * table, no year, no stated figure) is refused rather than turned into an empty unit.
 */
export function checkDocument(document: ExtractedDocument, sha256: string): IngestResult {
  const disclosure = parseDisclosure(document, sha256);
  const anyTable = disclosure.tables.some((table) => table.status !== 'missing');
  if (!anyTable && disclosure.facts.length === 0) {
    return {
      ok: false,
      error: {
        file: document.file,
        line: document.lines[0]?.line,
        code: 'not-a-disclosure',
        message: `${document.file}：未找到预算公开表或预算说明，这不像是部门/单位预算（决算）公开文件`
      }
    };
  }
  return { ok: true, document: { disclosure, outcomes: runChecks(disclosure) } };
}
