/** Messages between the import pool (main thread) and its Web Workers. */
import type { DatasetTable } from '../db/schema';
import type { Refusal } from '../ingest';
import type { DocumentRows } from '../normalise/merge';

export interface ImportPart {
  name: string;
  bytes: Uint8Array;
}

export interface ImportRequest {
  id: number;
  sha256: string;
  parts: ImportPart[];
  /** Where the app serves pdfjs's CMaps and standard fonts (URLs ending in /). */
  cMapUrl: string;
  standardFontDataUrl: string;
}

/**
 * A document as read: its rows (stored, and what a download is made of) and the same rows as
 * Arrow streams per dataset table, encoded in the worker so the main thread only hands bytes to
 * DuckDB (encoding thousands of strings there took seconds of the page's time).
 */
export interface ReadDocument {
  rows: DocumentRows;
  arrows: Partial<Record<DatasetTable, Uint8Array>>;
}

export type ImportOutcome = { ok: true; read: ReadDocument } | Refusal;

export type ImportReply = { id: number } & ImportOutcome;
