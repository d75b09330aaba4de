/**
 * The extract stage's entry point for the CLI and the browser worker: chooses the reader by
 * content, not by file name (a PDF saved as .txt is still a PDF), and refuses by name what is
 * larger than any disclosure (limits.ts) before a parser spends time on it.
 */
import { EXTRACT_LIMITS } from './limits';
import { extractPdf, hasPdfHeader, type PdfOptions } from './pdf';
import { extractText } from './text';
import type { ExtractedDocument, ExtractError, ExtractResult } from './types';

export type { PdfOptions } from './pdf';
export { joinDocuments, lineSource } from './join';

export async function extractFile(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractResult> {
  const result = await (hasPdfHeader(bytes) ? extractPdf(file, bytes, options) : extractText(file, bytes));
  if (!result.ok) return result;
  const problem = limitProblem(result.document);
  return problem ? { ok: false, error: problem } : result;
}

export function limitProblem(document: ExtractedDocument): ExtractError | null {
  const { file } = document;
  if (document.pages.length > EXTRACT_LIMITS.pages) {
    return { file, code: 'too-many-pages', message: `${file}：页数过多（${document.pages.length} 页，上限 ${EXTRACT_LIMITS.pages} 页），未读取` };
  }
  for (const line of document.lines) {
    if (line.text.length > EXTRACT_LIMITS.lineChars) {
      const at = line.fileLine ?? line.line;
      return { file, line: at, code: 'line-too-long', message: `这一行过长（${line.text.length} 个字符，上限 ${EXTRACT_LIMITS.lineChars}），文件可能已损坏，未读取` };
    }
  }
  return null;
}
