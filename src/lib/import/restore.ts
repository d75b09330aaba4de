/**
 * At start-up, the user's stored documents join the database before any page reads it: rows made
 * by another parser build are read again from the stored files (so fixes reach old imports), and
 * the sample dataset is removed when the user chose to hide it. Browser only.
 */
import { addDocuments, documentIds, removeDocuments } from '../db/imported';
import type { BrowserDb } from '../db/duckdb';
import type { ImportPool } from './pool';
import { samplesHidden, setHasImports } from './settings';
import { storedFiles, storedReads, updateRead } from './store';
import { summarise } from './summary';

export interface Restored {
  /** Stored documents the current parser refuses (kept with their old rows, named here). */
  problems: string[];
  /** The sample dataset's documents (removed from the database when hidden). */
  sampleIds: Set<string>;
}

export async function restoreImports(db: BrowserDb, pool: () => ImportPool, parserVersion: string, progress: (message: string) => void): Promise<Restored> {
  const documents = await storedReads();
  setHasImports(documents.length > 0);
  const stored = new Set(documents.map((document) => document.summary.docId));
  const sampleIds = new Set([...(await documentIds(db))].filter((id) => !stored.has(id)));
  const problems: string[] = [];
  const stale = documents.filter((document) => document.summary.parserVersion !== parserVersion);
  for (const [index, document] of stale.entries()) {
    progress(`解析程序已更新，正在重新读取已导入的文件（${index + 1}/${stale.length}）…`);
    const parts = await storedFiles(document.summary.sha256);
    const outcome = parts ? await pool().run(document.summary.sha256, parts) : null;
    if (!parts || !outcome?.ok) {
      problems.push(`${document.summary.label}：用新版解析程序重新读取失败（${outcome && !outcome.ok ? outcome.message : '原文件缺失'}），仍显示原来读出的数字`);
      continue;
    }
    document.read = outcome.read;
    document.summary = summarise(document.summary.sha256, parts, outcome.read.rows, parserVersion, document.summary.addedAt);
    await updateRead(document.summary, document.read);
  }
  if (samplesHidden()) await removeDocuments(db, [...sampleIds]);
  progress('正在载入已导入的文件…');
  await addDocuments(db, documents.map((document) => document.read));
  return { problems, sampleIds };
}
