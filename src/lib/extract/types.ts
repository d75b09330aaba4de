/** Output of the extract stage: pages of positioned lines (DESIGN.md "Flow"). */

export interface Cell {
  text: string;
  /**
   * Horizontal extent when known. Units depend on the document's format:
   * - 'pdf': PDF points (1/72 inch) from the left edge of the page as displayed, i.e. after the
   *   page's /Rotate and after turning the page so its main text reads left to right; x0 is the
   *   left edge of the first glyph, x1 the right edge of the last. Comparable within one page.
   * - 'layout-text': character columns (one per character, CJK included, as pdftotext lays them out).
   * - 'seed-text': unknown (undefined).
   */
  x0?: number;
  x1?: number;
}

export interface Line {
  /** 1-based page number. */
  page: number;
  /** 1-based line number across the whole document (for .txt inputs: the file's line number). */
  line: number;
  /** The line's text with cells joined by single spaces, normalised (see normaliseText). */
  text: string;
  cells: Cell[];
  /** True when cell x-ranges are real positions (PDF or layout text). */
  positioned: boolean;
  /** PDF only: baseline in points from the top of the page, and the line's largest font size. */
  y?: number;
  size?: number;
  /**
   * The input file this line came from, when a document was joined from several files
   * (joinDocuments); absent means ExtractedDocument.file. SourceRefs should use it.
   */
  file?: string;
  /** Page and line number inside `file` (set with it; `page` and `line` keep counting across files). */
  filePage?: number;
  fileLine?: number;
}

export interface Page {
  number: number;
  lines: Line[];
}

export type ExtractFormat = 'seed-text' | 'layout-text' | 'pdf';

export interface ExtractedDocument {
  file: string;
  format: ExtractFormat;
  encoding: 'utf-8' | 'gb18030' | 'pdf';
  pages: Page[];
  /** All non-empty lines in order. */
  lines: Line[];
  /** PDF pages that paint an image but carry no text (likely scanned pages; their content is not read). */
  imageOnlyPages?: number[];
  /** The input files, in order, when the document was joined from several (joinDocuments). */
  parts?: string[];
}

/** A refusal: the input is not something we can read. Message in Chinese, with file and line. */
export interface ExtractError {
  file: string;
  line?: number;
  code: 'empty' | 'binary' | 'encoding' | 'no-text-layer' | 'encrypted' | 'not-pdf' | 'truncated-pdf' | 'too-many-pages' | 'too-many-glyphs' | 'line-too-long';
  message: string;
}

export type ExtractResult = { ok: true; document: ExtractedDocument } | { ok: false; error: ExtractError };
