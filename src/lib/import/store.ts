/**
 * The user's own documents, kept in the browser (IndexedDB: every browser has it, workers too),
 * never sent anywhere. Three stores keyed by the document's SHA-256, so that listing the
 * documents never reads their files or rows: `summaries` (what the page lists, and which parser
 * build read it), `rows` (the dataset rows it gave) and `files` (the original files, read again
 * when the parser changes). A document is written or deleted in one transaction over the three.
 * Browser only.
 */
import type { ImportPart, ReadDocument } from './protocol';

export interface DocumentSummary {
  sha256: string;
  docId: string;
  label: string;
  unitId: string;
  unitName: string;
  year: number | null;
  kind: string | null;
  scope: string | null;
  tables: number;
  findings: number;
  bytes: number;
  /** The parser build that made its rows; other builds read the files again. */
  parserVersion: string;
  addedAt: string;
}

export interface StoredDocument {
  summary: DocumentSummary;
  read: ReadDocument;
  parts: ImportPart[];
}

const DB_NAME = 'budget-lens';
const SUMMARIES = 'summaries';
const ROWS = 'rows';
const FILES = 'files';
const STORES = [SUMMARIES, ROWS, FILES];

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const name of [...db.objectStoreNames]) if (!STORES.includes(name)) db.deleteObjectStore(name);
      for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`无法打开浏览器本地存储（${request.error?.message ?? '未知错误'}）`));
  });
  return opened;
}

/** Runs `work` in one transaction over `stores`; resolves with what `collect` gives once it committed. */
async function transact<T>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
  const db = await database();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode);
    const collect = work(tx);
    tx.oncomplete = () => resolve(collect());
    tx.onabort = tx.onerror = () => reject(storageError(tx.error));
  });
}

function storageError(error: DOMException | null): Error {
  if (error?.name === 'QuotaExceededError') return new Error('浏览器存储空间不足，本次文件未保存（已保存的文件不受影响）；可先删除一些文件再试');
  return new Error(`浏览器本地存储出错（${error?.message ?? '未知错误'}）`);
}

function all<T>(tx: IDBTransaction, store: string): () => T[] {
  const request = tx.objectStore(store).getAll();
  return () => request.result as T[];
}

const byAdded = (a: DocumentSummary, b: DocumentSummary) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0);

export async function storedSummaries(): Promise<DocumentSummary[]> {
  return (await transact([SUMMARIES], 'readonly', (tx) => all<DocumentSummary>(tx, SUMMARIES))).sort(byAdded);
}

/** Every document's summary and what was read from it (start-up), without the files. */
export async function storedReads(): Promise<{ summary: DocumentSummary; read: ReadDocument }[]> {
  const [summaries, reads] = await transact([SUMMARIES, ROWS], 'readonly', (tx) => {
    const summaries = all<DocumentSummary>(tx, SUMMARIES);
    const keys = tx.objectStore(ROWS).getAllKeys();
    const values = all<ReadDocument>(tx, ROWS);
    return () => {
      const list = values();
      return [summaries(), new Map((keys.result as string[]).map((key, index) => [key, list[index]!]))] as const;
    };
  });
  return summaries.sort(byAdded).flatMap((summary) => {
    const read = reads.get(summary.sha256);
    return read ? [{ summary, read }] : [];
  });
}

export async function storedFiles(sha256: string): Promise<ImportPart[] | null> {
  return transact([FILES], 'readonly', (tx) => {
    const request = tx.objectStore(FILES).get(sha256);
    return () => (request.result as ImportPart[] | undefined) ?? null;
  });
}

export async function saveDocument(document: StoredDocument): Promise<void> {
  const key = document.summary.sha256;
  await transact(STORES, 'readwrite', (tx) => {
    tx.objectStore(SUMMARIES).put(document.summary, key);
    tx.objectStore(ROWS).put(document.read, key);
    tx.objectStore(FILES).put(document.parts, key);
    return () => undefined;
  });
}

/** A stored document read again (by another parser build). */
export async function updateRead(summary: DocumentSummary, read: ReadDocument): Promise<void> {
  await transact([SUMMARIES, ROWS], 'readwrite', (tx) => {
    tx.objectStore(SUMMARIES).put(summary, summary.sha256);
    tx.objectStore(ROWS).put(read, summary.sha256);
    return () => undefined;
  });
}

export async function deleteDocuments(sha256s: readonly string[]): Promise<void> {
  await transact(STORES, 'readwrite', (tx) => {
    for (const store of STORES) for (const sha of sha256s) tx.objectStore(store).delete(sha);
    return () => undefined;
  });
}

export async function clearDocuments(): Promise<void> {
  await transact(STORES, 'readwrite', (tx) => {
    for (const store of STORES) tx.objectStore(store).clear();
    return () => undefined;
  });
}

export interface StorageUse {
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

/** How much the origin uses and may use; asks once that the browser keep the data (no prompt in Chromium). */
export async function storageUse(): Promise<StorageUse> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.estimate) return { usage: null, quota: null, persisted: false };
  const persisted = (await manager.persisted?.()) || (await manager.persist?.().catch(() => false)) || false;
  const { usage, quota } = await manager.estimate();
  return { usage: usage ?? null, quota: quota ?? null, persisted };
}
