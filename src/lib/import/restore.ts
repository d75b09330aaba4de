/**
 * At start-up, the user's stored documents join the database before any page reads it: rows made
 * by another parser build are read again from the stored files (so fixes reach old imports), and
 * the sample dataset is removed when the user chose to hide it. Browser only.
 */
import { addDocuments, documentIds, removeDocuments } from '../db/imported';
import type { BrowserDb } from '../db/duckdb';
import type { ImportPool } from './pool';
import { samplesHidden, setHasImports } from './settings';
import { saveDocument, storedDocuments, type StoredDocument } from './store';

export interface Restored {
  documents: StoredDocument[];
  /** Stored documents the current parser refuses (kept with their old rows, named here). */
  problems: string[];
  /** The sample dataset's documents (removed from the database when hidden). */
  sampleIds: Set<string>;
}

export async function restoreImports(db: BrowserDb, pool: () => ImportPool, parserVersion: string, progress: (message: string) => void): Promise<Restored> {
  const documents = await storedDocuments();
  setHasImports(documents.length > 0);
  const stored = new Set(documents.map((document) => document.rows.dataset.units[0]?.doc_id ?? ''));
  const sampleIds = new Set([...(await documentIds(db))].filter((id) => !stored.has(id)));
  const problems: string[] = [];
  const stale = documents.filter((document) => document.parserVersion !== parserVersion);
  for (const [index, document] of stale.entries()) {
    progress(`解析程序已更新，正在重新读取已导入的文件（${index + 1}/${stale.length}）…`);
    const outcome = await pool().run(document.sha256, document.parts);
    if (!outcome.ok) {
      problems.push(outcome.message);
      continue;
    }
    document.rows = outcome.rows;
    document.parserVersion = parserVersion;
    await saveDocument(document);
  }
  if (samplesHidden()) await removeDocuments(db, [...sampleIds]);
  progress('正在载入已导入的文件…');
  await addDocuments(db, documents.map((document) => document.rows));
  return { documents, problems, sampleIds };
}
