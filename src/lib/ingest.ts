/**
 * The whole per-document pipeline, the same in the CLI and in a browser worker:
 * bytes → extract → parse → check. Errors come back as values with file and line.
 */
import { extractFile } from './extract';
import type { ExtractedDocument } from './extract/types';
import { runChecks } from './check';
import { parseDisclosure } from './parse';
import type { CheckedDisclosure } from './normalise';

export interface IngestError {
  file: string;
  line?: number;
  code: string;
  message: string;
}

export type IngestResult = { ok: true; document: CheckedDisclosure } | { ok: false; error: IngestError };

export async function ingestBytes(file: string, bytes: Uint8Array, sha256: string): Promise<IngestResult> {
  const extracted = await extractFile(file, bytes);
  if (!extracted.ok) return extracted;
  return checkDocument(extracted.document, sha256);
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
