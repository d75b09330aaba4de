/** Output of the extract stage: pages of positioned lines (DESIGN.md "Flow"). */

export interface Cell {
  text: string;
  /** Horizontal extent when known (PDF points, or character columns for layout text). */
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
}

/** A refusal: the input is not something we can read. Message in Chinese, with file and line. */
export interface ExtractError {
  file: string;
  line?: number;
  code: 'empty' | 'binary' | 'encoding' | 'no-text-layer' | 'encrypted' | 'not-pdf' | 'truncated-pdf';
  message: string;
}

export type ExtractResult = { ok: true; document: ExtractedDocument } | { ok: false; error: ExtractError };
