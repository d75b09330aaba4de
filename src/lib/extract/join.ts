/**
 * A disclosure published as several files (narrative, then tables) → one document. Pages and
 * line numbers continue across the parts; every line keeps the file it came from and its page
 * inside that file, so SourceRefs (lineSource) point into the right file.
 */
import type { SourceRef } from '../model/source';
import type { ExtractedDocument, Line } from './types';
import { appendAll } from '../model/arrays';

export function joinDocuments(parts: readonly ExtractedDocument[]): ExtractedDocument {
  if (parts.length === 0) throw new Error('joinDocuments: no parts');
  const pages: ExtractedDocument['pages'] = [];
  const imageOnlyPages: number[] = [];
  let pageOffset = 0;
  let lineOffset = 0;
  for (const part of parts) {
    for (const page of part.pages) {
      const number = page.number + pageOffset;
      pages.push({
        number,
        lines: page.lines.map((line) => ({
          ...line,
          page: number,
          line: line.line + lineOffset,
          file: line.file ?? part.file,
          filePage: line.filePage ?? line.page,
          fileLine: line.fileLine ?? line.line
        }))
      });
    }
    appendAll(imageOnlyPages, (part.imageOnlyPages ?? []).map((page) => page + pageOffset));
    pageOffset += Math.max(0, ...part.pages.map((page) => page.number));
    // Text inputs number lines by their own file lines, so continue after the last one used.
    lineOffset += Math.max(0, ...part.lines.map((line) => line.line));
  }
  const first = parts[0]!;
  const formats = new Set(parts.map((part) => part.format));
  const encodings = new Set(parts.map((part) => part.encoding));
  return {
    file: first.file,
    format: formats.size === 1 ? first.format : 'pdf',
    encoding: encodings.size === 1 ? first.encoding : 'pdf',
    pages,
    lines: pages.flatMap((page) => page.lines),
    parts: parts.flatMap((part) => part.parts ?? [part.file]),
    ...(imageOnlyPages.length > 0 ? { imageOnlyPages } : {})
  };
}

/**
 * Where a line came from: for a joined document its own file, and its page and line inside that
 * file; otherwise the document's file and the line's page and line.
 */
export function lineSource(file: string, line: Line): SourceRef {
  return { file: line.file ?? file, page: line.filePage ?? line.page, line: line.fileLine ?? line.line, text: line.text };
}
