/**
 * The whole per-document pipeline, the same in the CLI and in a browser worker:
 * bytes → extract → parse → check. Errors come back as values with file and line.
 */
import { extractFile } from './extract';
import type { ExtractedDocument, ExtractError } from './extract/types';
import { runChecks } from './check';
import { parseDisclosure } from './parse';
import type { CheckedDisclosure } from './normalise';

export type IngestResult = { ok: true; document: CheckedDisclosure } | { ok: false; error: ExtractError };

export async function ingestBytes(file: string, bytes: Uint8Array, sha256: string): Promise<IngestResult> {
  const extracted = await extractFile(file, bytes);
  if (!extracted.ok) return extracted;
  return { ok: true, document: checkDocument(extracted.document, sha256) };
}

export function checkDocument(document: ExtractedDocument, sha256: string): CheckedDisclosure {
  const disclosure = parseDisclosure(document, sha256);
  return { disclosure, outcomes: runChecks(disclosure) };
}
