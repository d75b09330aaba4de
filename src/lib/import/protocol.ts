/** Messages between the import pool (main thread) and its Web Workers. */
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

export type ImportOutcome = { ok: true; rows: DocumentRows } | Refusal;

export type ImportReply = { id: number } & ImportOutcome;
