/**
 * The user's own documents, kept in the browser (IndexedDB: every browser has it, workers too,
 * and it holds the files and their rows in one transaction), never sent anywhere. Each record is
 * one document: its original files (re-read when the parser changes) and the rows they gave.
 * Browser only.
 */
import type { DocumentRows } from '../normalise/merge';
import type { ImportPart } from './protocol';

export interface StoredDocument {
  /** SHA-256 of the parts' bytes in order (the document's identity; doc_id is its first 12 hex digits). */
  sha256: string;
  parts: ImportPart[];
  /** The parser build that made `rows`; other builds read the parts again. */
  parserVersion: string;
  rows: DocumentRows;
  addedAt: string;
}

const DB_NAME = 'budget-lens';
const STORE = 'documents';

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'sha256' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new Error(`无法打开浏览器本地存储（${request.error?.message ?? '未知错误'}）`));
  });
  return opened;
}

function transact<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return database().then(
    (db) =>
      new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(request ? request.result : undefined);
        tx.onabort = tx.onerror = () => reject(storageError(tx.error));
      })
  );
}

function storageError(error: DOMException | null): Error {
  if (error?.name === 'QuotaExceededError') return new Error('浏览器存储空间不足，本次文件未保存（已保存的文件不受影响）；可先删除一些文件再试');
  return new Error(`浏览器本地存储出错（${error?.message ?? '未知错误'}）`);
}

export async function storedDocuments(): Promise<StoredDocument[]> {
  const all = await transact<StoredDocument[]>('readonly', (store) => store.getAll());
  return (all ?? []).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
}

export async function saveDocument(document: StoredDocument): Promise<void> {
  await transact('readwrite', (store) => store.put(document));
}

export async function deleteDocuments(sha256s: readonly string[]): Promise<void> {
  await transact('readwrite', (store) => {
    for (const sha of sha256s) store.delete(sha);
  });
}

export async function clearDocuments(): Promise<void> {
  await transact('readwrite', (store) => store.clear());
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
