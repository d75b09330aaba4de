/** Where a figure or fact came from: the file, its page and line, and the text as printed. */
export interface SourceRef {
  file: string;
  /** 1-based page number (form feeds or PDF pages); 1 for text without page breaks. */
  page: number;
  /** 1-based line number in the document's extracted text (for .txt inputs: the file's own line). */
  line: number;
  text: string;
}

/** A problem found while reading: carried as a value, never thrown. */
export interface Issue {
  code: string;
  /** Chinese message for users, naming what was expected and what was found. */
  message: string;
  source?: SourceRef;
}

export function sourceLabel(source: Pick<SourceRef, 'file' | 'line'>): string {
  return `${source.file}:${source.line}`;
}
