/**
 * The user's imported documents in the browser's DuckDB, beside (or instead of) the dataset the
 * app was built with: their rows appended as Arrow streams, removed by document, and the setup
 * tables rebuilt so every view sees them at once. A document added or removed is released from
 * the dataset's partitions (parts-loader.ts): loading its 区县 later does not bring its old rows back.
 */
import type { ReadDocument } from '../import/protocol';
import type { BrowserDb } from './duckdb';
import { setupViews } from './queries';
import { DATASET_TABLES } from './schema';

export async function addDocuments(db: BrowserDb, documents: readonly ReadDocument[]): Promise<void> {
  if (documents.length === 0) return;
  db.releaseDocs(documents.flatMap((document) => document.rows.dataset.units.map((unit) => unit.doc_id)));
  for (const document of documents) {
    for (const name of DATASET_TABLES) {
      const bytes = document.arrows[name];
      if (bytes) await db.insertArrow(name, bytes);
    }
  }
  await setupViews(db);
}

export async function removeDocuments(db: BrowserDb, docIds: readonly string[]): Promise<void> {
  if (docIds.length === 0) return;
  db.releaseDocs(docIds);
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
