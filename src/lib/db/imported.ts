/**
 * The user's imported documents in the browser's DuckDB, beside (or instead of) the dataset the
 * app was built with: their rows appended as Arrow streams, removed by document, and the setup
 * tables rebuilt so every view sees them at once.
 */
import { datasetToIpcStream } from '../load/arrow';
import { mergeRows, type DocumentRows } from '../normalise/merge';
import type { Dataset } from '../normalise/rows';
import type { BrowserDb } from './duckdb';
import { setupViews } from './queries';
import { DATASET_TABLES } from './schema';

export async function addDocuments(db: BrowserDb, documents: readonly DocumentRows[]): Promise<void> {
  if (documents.length === 0) return;
  const dataset: Dataset = mergeRows(documents);
  for (const name of DATASET_TABLES) {
    if (dataset[name].length > 0) await db.insertArrow(name, datasetToIpcStream(name, dataset));
  }
  await setupViews(db);
}

export async function removeDocuments(db: BrowserDb, docIds: readonly string[]): Promise<void> {
  if (docIds.length === 0) return;
  for (const name of DATASET_TABLES) {
    // `name` is one of the dataset tables (a constant list), never user text; the id is a parameter.
    for (const docId of docIds) await db.all(`DELETE FROM ${name} WHERE doc_id = ?`, [docId]);
  }
  await setupViews(db);
}

/** The documents the database holds (the app's own dataset and the imports). */
export async function documentIds(db: BrowserDb): Promise<Set<string>> {
  const rows = await db.all('SELECT DISTINCT doc_id FROM units', []);
  return new Set(rows.map((row) => String(row.doc_id)));
}
