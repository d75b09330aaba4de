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

/** chr(31), the unit separator: a control character, so never part of a document id (the SQL splits on chr(31)). */
const ID_SEPARATOR = '\u001f';

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
  // One statement per table, the ids as one parameter joined by a character no id holds (the unit
  // separator): hiding the sample dataset removes every document of it, 100,000 at province scale.
  for (const name of DATASET_TABLES) {
    // `name` is one of the dataset tables (a constant list), never user text; the ids are a parameter.
    await db.all(`DELETE FROM ${name} WHERE doc_id IN (SELECT unnest(string_split(CAST($1 AS VARCHAR), chr(31))))`, [docIds.join(ID_SEPARATOR)]);
  }
  await setupViews(db);
}

/** The documents the database holds (the app's own dataset and the imports). */
export async function documentIds(db: BrowserDb): Promise<Set<string>> {
  // One string, not a row per document: turning 100,000 rows into objects took most of a second.
  const [row] = await db.all("SELECT coalesce(string_agg(DISTINCT doc_id, chr(31)), '') AS ids FROM units", []);
  const ids = String(row?.ids ?? '');
  return new Set(ids === '' ? [] : ids.split(ID_SEPARATOR));
}
