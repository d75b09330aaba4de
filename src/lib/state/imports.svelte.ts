/**
 * The import page's state and actions: files in → groups of parts → SHA-256 → duplicates caught
 * → parsed in the worker pool → a second document of the same unit, year, 预算/决算 and 部门/单位
 * waits for the user to replace or keep both → stored in the browser and added to DuckDB, so
 * every page shows it at once. Nothing leaves the machine.
 */
import { version } from '$app/environment';
import { addDocuments, removeDocuments } from '../db/imported';
import { groupParts } from '../import/parts';
import { setHasImports, setSamplesHidden, samplesHidden } from '../import/settings';
import { sha256Hex } from '../import/sha256';
import { datasetXlsx, datasetZip, downloadBlob, XLSX_MIME, ZIP_MIME } from '../export';
import { mergeRows } from '../normalise/merge';
import { clearDocuments, deleteDocuments, saveDocument, storageUse, storedReads, storedSummaries, type DocumentSummary, type StorageUse, type StoredDocument } from '../import/store';
import { summarise } from '../import/summary';
import type { ImportPart, ReadDocument } from '../import/protocol';

export type { DocumentSummary } from '../import/store';
import { dataChanged, dbState, ensureDatabase } from './db.svelte';
import { importPool } from './import-pool';

export type ItemStatus = 'reading' | 'parsing' | 'done' | 'refused' | 'duplicate' | 'conflict';

export interface ImportItem {
  id: number;
  label: string;
  status: ItemStatus;
  message: string;
  docId?: string;
  unitId?: string;
  unitName?: string;
  year?: number | null;
  kind?: string | null;
  scope?: string | null;
  tables?: number;
  findings?: number;
}

export const importState = $state({
  items: [] as ImportItem[],
  documents: [] as DocumentSummary[],
  storage: null as StorageUse | null,
  samplesHidden: false,
  error: ''
});

/** Rows waiting for the user's answer (replace, or keep both), by item id. */
const pending = new Map<number, StoredDocument>();
let nextId = 1;

export async function refreshDocuments(): Promise<void> {
  try {
    importState.documents = await storedSummaries();
    importState.storage = await storageUse();
    importState.samplesHidden = samplesHidden();
  } catch (error) {
    importState.error = message(error);
  }
}

export interface PickedFile {
  /** The path as picked (a folder's relative path, or the file name). */
  path: string;
  file: File;
}

/** Files picked or dropped: grouped into documents, then each read, checked and added. */
export async function importFiles(files: readonly PickedFile[]): Promise<void> {
  const usable = files.filter(({ file }) => /\.(pdf|txt)$/i.test(file.name));
  for (const { file } of files) {
    if (!usable.some((picked) => picked.file === file)) addItem({ label: file.name, status: 'refused', message: `${file.name}：不是 PDF 或文本文件（.pdf / .txt），未读取` });
  }
  const byPath = new Map(usable.map((picked) => [picked.path, picked.file]));
  const groups = groupParts([...byPath.keys()]);
  await Promise.all(groups.map((paths) => importGroup(paths.map((path) => byPath.get(path)!))));
  await refreshDocuments();
}

async function importGroup(files: File[]): Promise<void> {
  const item = addItem({ label: files.map((file) => file.name).join(' + '), status: 'reading', message: '正在读取文件…' });
  let parts: ImportPart[];
  try {
    parts = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  } catch (error) {
    return update(item, { status: 'refused', message: `${item.label}：无法读取文件（${message(error)}）` });
  }
  const sha = await sha256Hex(parts.map((part) => part.bytes));
  const same = duplicateOf(sha, item.id);
  if (same) return update(item, { status: 'duplicate', message: `与${same}内容相同（SHA-256 ${sha.slice(0, 12)}…），未重复导入` });
  update(item, { status: 'parsing', message: '正在解析…', docId: sha.slice(0, 12) });
  const outcome = await importPool().run(sha, parts);
  if (!outcome.ok) return update(item, { status: 'refused', message: outcome.message });
  const summary = summarise(sha, parts, outcome.read.rows, version, new Date().toISOString());
  const document: StoredDocument = { summary, read: outcome.read, parts };
  update(item, { unitId: summary.unitId, unitName: summary.unitName, year: summary.year, kind: summary.kind, scope: summary.scope, tables: summary.tables, findings: summary.findings });
  const rival = rivalOf(summary);
  if (rival) {
    pending.set(item.id, document);
    return update(item, { status: 'conflict', message: `已有同一单位、年度、${summary.scope ?? ''}${summary.kind ?? ''}的文件：${rival}。替换它，还是两份都保留？` });
  }
  await commit(item, document, []);
}

/** The user's answer to a second document of the same unit, year and kind. */
export async function resolveConflict(itemId: number, choice: 'replace' | 'keep-both' | 'skip'): Promise<void> {
  const document = pending.get(itemId);
  const item = importState.items.find((candidate) => candidate.id === itemId);
  if (!document || !item) return;
  pending.delete(itemId);
  if (choice === 'skip') return update(item, { status: 'refused', message: '未导入（保留原有文件）' });
  const replaced = choice === 'replace' ? importState.documents.filter((other) => sameSlot(other, document.summary)) : [];
  await commit(item, document, replaced);
}

async function commit(item: ImportItem, document: StoredDocument, replacing: readonly DocumentSummary[]): Promise<void> {
  try {
    const db = await ensureDatabase();
    await saveDocument(document);
    if (replacing.length > 0) {
      await deleteDocuments(replacing.map((other) => other.sha256));
      await removeDocuments(db, replacing.map((other) => other.docId));
    }
    await addToDatabase(document.read);
    setHasImports(true);
    importState.documents = [...importState.documents.filter((other) => !replacing.includes(other)), document.summary];
    update(item, { status: 'done', message: replacing.length > 0 ? `已导入，替换了 ${replacing.map((other) => other.label).join('、')}` : '已导入' });
  } catch (error) {
    update(item, { status: 'refused', message: `${item.label}：${message(error)}` });
  }
}

/**
 * Documents finishing close together join DuckDB in one insert and the pages re-query once: the
 * setup tables are rebuilt per insert, and 200 dropped files should not rebuild them 200 times.
 */
let waiting: { read: ReadDocument; done: (error?: unknown) => void }[] = [];
let flushing: Promise<void> | null = null;
const GATHER_MS = 150;

function addToDatabase(read: ReadDocument): Promise<void> {
  return new Promise((resolve, reject) => {
    waiting.push({ read, done: (error) => (error === undefined ? resolve() : reject(error)) });
    flushing ??= flush();
  });
}

async function flush(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
  while (waiting.length > 0) {
    const batch = waiting;
    waiting = [];
    try {
      await addDocuments(await ensureDatabase(), batch.map((entry) => entry.read));
      dataChanged();
      for (const entry of batch) entry.done();
    } catch (error) {
      for (const entry of batch) entry.done(error ?? new Error('未知错误'));
    }
  }
  flushing = null;
}

export async function removeStored(sha256s: readonly string[]): Promise<void> {
  const removed = importState.documents.filter((document) => sha256s.includes(document.sha256));
  if (removed.length === 0) return;
  const db = await ensureDatabase();
  await deleteDocuments(removed.map((document) => document.sha256));
  await removeDocuments(db, removed.map((document) => document.docId));
  await refreshDocuments();
  setHasImports(importState.documents.length > 0);
  dataChanged();
}

export async function removeAll(): Promise<void> {
  const db = await ensureDatabase();
  const docIds = importState.documents.map((document) => document.docId);
  await clearDocuments();
  await removeDocuments(db, docIds);
  setHasImports(false);
  await refreshDocuments();
  dataChanged();
}

/** Hiding the sample dataset takes effect at once; showing it again reloads the page (the samples are re-read). */
export async function hideSamples(hidden: boolean): Promise<void> {
  setSamplesHidden(hidden);
  importState.samplesHidden = hidden;
  if (!hidden) {
    location.reload();
    return;
  }
  const db = await ensureDatabase();
  await removeDocuments(db, [...(dbState.restored?.sampleIds ?? [])]);
  dataChanged();
}

/**
 * The imported documents' dataset as a download: the CSV files in a ZIP (the bytes `npm run
 * ingest` writes for the same files) or an Excel workbook. The sample dataset is not included.
 */
export async function downloadDataset(format: 'zip' | 'xlsx'): Promise<void> {
  try {
    const dataset = mergeRows((await storedReads()).map((document) => document.read.rows));
    const day = new Date().toISOString().slice(0, 10);
    if (format === 'zip') downloadBlob(datasetZip(dataset), `预算透视数据集-${day}.zip`, ZIP_MIME);
    else downloadBlob(datasetXlsx(dataset), `预算透视数据集-${day}.xlsx`, XLSX_MIME);
  } catch (error) {
    importState.error = `无法生成下载文件：${message(error)}`;
  }
}

function duplicateOf(sha: string, self: number): string | null {
  const stored = importState.documents.find((document) => document.sha256 === sha);
  if (stored) return `已导入的“${stored.label}”`;
  if (dbState.restored?.sampleIds.has(sha.slice(0, 12))) return '示例数据中的文件';
  const earlier = importState.items.find((item) => item.id !== self && item.docId === sha.slice(0, 12) && item.status !== 'refused' && item.status !== 'duplicate');
  return earlier ? `本次导入的“${earlier.label}”` : null;
}

function sameSlot(a: Pick<DocumentSummary, 'unitId' | 'year' | 'kind' | 'scope'>, b: Pick<DocumentSummary, 'unitId' | 'year' | 'kind' | 'scope'>): boolean {
  return a.unitId === b.unitId && a.year === b.year && a.kind === b.kind && a.scope === b.scope;
}

function rivalOf(summary: DocumentSummary): string | null {
  const rival = importState.documents.find((other) => sameSlot(other, summary));
  return rival ? `“${rival.label}”` : null;
}

function addItem(fields: Omit<ImportItem, 'id'>): ImportItem {
  const item: ImportItem = { id: nextId++, ...fields };
  importState.items.push(item);
  return importState.items[importState.items.length - 1]!;
}

function update(item: ImportItem, fields: Partial<ImportItem>): void {
  Object.assign(item, fields);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
