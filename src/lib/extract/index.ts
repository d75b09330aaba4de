/**
 * The extract stage's entry point for the CLI and the browser worker: chooses the reader by
 * content, not by file name (a PDF saved as .txt is still a PDF).
 */
import { extractPdf, hasPdfHeader, type PdfOptions } from './pdf';
import { extractText } from './text';
import type { ExtractResult } from './types';

export type { PdfOptions } from './pdf';
export { joinDocuments, lineSource } from './join';

export async function extractFile(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractResult> {
  return hasPdfHeader(bytes) ? extractPdf(file, bytes, options) : extractText(file, bytes);
}
