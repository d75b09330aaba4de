/** The 数据质量 page's own views (SQL beside this file), bound to values only; the same on duckdb-wasm and in Node. */
import { needParts, selectionParts, selectRows, VIEWS } from '../db/queries';
import type { Executor, Param } from '../db/types';

export interface DocumentSummaryRow {
  doc_id: string;
  unit_id: string;
  unit_name: string;
  year: number | null;
  doc_kind: string | null;
  doc_scope: string | null;
  source_file: string;
  tables_present: number;
  tables_empty: number;
  tables_missing: number;
  tables_uncertain: number;
  errors: number;
  warnings: number;
  infos: number;
  reading_notes: number;
  checks_ran: number;
  checks_skipped: number;
}

export interface SkippedCheckRow {
  doc_id: string;
  rule_id: string;
  why: string | null;
}

export interface DocumentFilters {
  year: number | null;
  city: string | null;
  region: string | null;
  q: string | null;
  unitId: string | null;
}

function params(f: DocumentFilters): Param[] {
  const q = f.q?.trim() ?? '';
  return [f.year, f.city, f.region, q === '' ? null : q, f.unitId ?? ''];
}

/** One row per document: tables, findings by severity and checks run / skipped; most findings first. */
export async function documentSummary(db: Executor, f: DocumentFilters): Promise<DocumentSummaryRow[]> {
  await needParts(db, selectionParts(f)); // it counts each document's tables
  return selectRows<DocumentSummaryRow>(db, VIEWS.document_summary, params(f));
}

/** Every skipped check of the selected documents, with why. */
export const skippedChecks = (db: Executor, f: DocumentFilters) => selectRows<SkippedCheckRow>(db, VIEWS.skipped_checks, params(f));
