/**
 * The partitions of a partitioned dataset (src/lib/load/parts.ts), loaded into DuckDB when a query
 * needs them: each partition's three files are fetched and appended once (one promise per
 * partition, shared by every caller), and a query that reads lines, tables or summary_sources
 * asks for its partitions before it runs — so its answer, and any answer kept for it
 * (db/cache.ts), is computed with them. A dataset without parts.json loads every table whole.
 */
import { partFileName, PARTITIONED_TABLES, WHOLE_TABLES, type Partition, type PartsIndex, type PartitionedTable } from '../load/parts';
import type { DatasetTable } from './schema';
import type { Executor, Param } from './types';

/** What a query reads: some documents, one unit's documents, or the documents of a place (null = every place). */
export type PartsNeed = { docs: readonly string[] } | { unit: string } | { city: string | null; region: string | null };

/** The partitions being fetched now, for a page to say what it waits for (empty when none). */
export type PartsProgress = (loading: readonly Partition[]) => void;

export interface PartsLoader {
  ensure(need: PartsNeed): Promise<void>;
  /**
   * Documents whose rows are no longer the dataset's (removed, or replaced by an import of the
   * same id): a partition loaded later leaves their rows out.
   */
  release(docIds: readonly string[]): void;
}

/** What the loader does to the database: query, append a stream to a table, or create a table from one. */
export interface PartsTarget extends Executor {
  insertArrow(table: string, bytes: Uint8Array): Promise<void>;
  createFromArrow(table: string, bytes: Uint8Array): Promise<void>;
}

export type FetchBytes = (url: string) => Promise<Uint8Array>;

/** Whether a table is fetched before the first query: every one when whole; partitioned, the whole ones and the core lines. */
export function loadsUpFront(table: DatasetTable, partitioned: boolean): boolean {
  return !partitioned || table === 'lines' || (WHOLE_TABLES as readonly string[]).includes(table);
}

/** A partition's files, in the order they are appended. */
export function partitionUrls(dataBase: string, key: string): { table: PartitionedTable; url: string }[] {
  return PARTITIONED_TABLES.map((table) => ({ table, url: `${dataBase}/${partFileName(table, key)}` }));
}

/** The index, checked enough that a wrong file fails here with its URL rather than later in a query. */
export function parsePartsIndex(text: string, url: string): PartsIndex {
  let index: Partial<PartsIndex>;
  try {
    index = JSON.parse(text) as Partial<PartsIndex>;
  } catch {
    throw new Error(`数据文件 ${url} 不是可读的分区索引（不是 JSON）`);
  }
  if (index?.version !== 1 || !Array.isArray(index.partitions)) throw new Error(`数据文件 ${url} 不是可读的分区索引（version ${String(index.version)}）`);
  return index as PartsIndex;
}

/** Each document's partition (made once: a province has 100,000 documents). */
export function partitionOfDoc(index: PartsIndex): ReadonlyMap<string, Partition> {
  return new Map(index.partitions.flatMap((p) => p.docs.map((doc) => [doc, p] as const)));
}

/** The partitions holding any of these documents, each once (documents not in the index — imports — need none). */
export function partitionsOf(byDoc: ReadonlyMap<string, Partition>, docIds: Iterable<string>): Partition[] {
  const out = new Set<Partition>();
  for (const doc of docIds) {
    const partition = byDoc.get(doc);
    if (partition) out.add(partition);
  }
  return [...out];
}

/** The place's documents, chosen as the 数据质量 views choose a unit's place (its unit_summary city and region). */
const PLACE_DOCS = `SELECT DISTINCT doc_id FROM units WHERE unit_id IN (
  SELECT unit_id FROM unit_summary GROUP BY unit_id
  HAVING (CAST($1 AS VARCHAR) IS NULL OR min(city) = CAST($1 AS VARCHAR)) AND (CAST($2 AS VARCHAR) IS NULL OR min(region) = CAST($2 AS VARCHAR)))`;
const UNIT_DOCS = 'SELECT DISTINCT doc_id FROM units WHERE unit_id = CAST($1 AS VARCHAR)';

export function partsLoader(index: PartsIndex, db: PartsTarget, dataBase: string, fetchBytes: FetchBytes, progress: PartsProgress = () => {}): PartsLoader {
  const byDoc = partitionOfDoc(index);
  const loads = new Map<string, Promise<void>>();
  const loading = new Set<Partition>();
  const released = new Set<string>();

  async function docsOf(need: PartsNeed): Promise<Iterable<string> | 'all'> {
    if ('docs' in need) return need.docs;
    if ('unit' in need) return docIds(UNIT_DOCS, [need.unit]);
    return need.city === null && need.region === null ? 'all' : docIds(PLACE_DOCS, [need.city, need.region]);
  }
  const docIds = async (sql: string, params: Param[]) => (await db.all(sql, params)).map((row) => String(row.doc_id));

  /** Fetches all three files, then appends them; `began.appending` once it started (a retry then could append rows twice). */
  async function append(partition: Partition, began: { appending: boolean }): Promise<void> {
    const files = partitionUrls(dataBase, partition.key);
    const bytes = await Promise.all(files.map((file) => fetchBytes(file.url)));
    // A file cut short (a copy interrupted on the server) or from another ingest run would load
    // part of its rows silently — and duckdb-wasm then refuses every later stream on the connection.
    for (const [i, { table, url }] of files.entries()) {
      const expected = partition.bytes[table];
      const actual = bytes[i]!.length;
      if (actual !== expected) throw new Error(`分区文件 ${url} 与分区索引不符（索引记 ${expected} 字节，读到 ${actual} 字节）：文件不完整或来自另一次生成，未载入。请重新运行 npm run ingest 生成数据集后刷新页面`);
    }
    began.appending = true;
    const leaveOut = partition.docs.filter((doc) => released.has(doc));
    for (const [i, { table }] of files.entries()) {
      if (leaveOut.length === 0) {
        await db.insertArrow(table, bytes[i]!);
        continue;
      }
      // Through a table of its own, so the released documents' rows never reach the dataset's.
      const staging = `parts_staging_${table}_${partition.key}`;
      await db.createFromArrow(staging, bytes[i]!);
      await db.all(`INSERT INTO "${table}" SELECT * FROM "${staging}" WHERE NOT list_contains(string_split(CAST($1 AS VARCHAR), ','), doc_id)`, [leaveOut.join(',')]);
      await db.exec(`DROP TABLE "${staging}"`);
    }
  }

  function load(partition: Partition): Promise<void> {
    let done = loads.get(partition.key);
    if (!done) {
      const began = { appending: false };
      loading.add(partition);
      progress([...loading]);
      done = append(partition, began).finally(() => {
        loading.delete(partition);
        progress([...loading]);
      });
      // A failed fetch is retried by the next query that needs the partition; a failed append is not.
      done.catch(() => !began.appending && loads.get(partition.key) === done && loads.delete(partition.key));
      loads.set(partition.key, done);
    }
    return done;
  }

  return {
    async ensure(need) {
      const docs = await docsOf(need);
      const partitions = docs === 'all' ? index.partitions : partitionsOf(byDoc, docs);
      // a partition whose every document was removed (the sample dataset hidden) has nothing to add
      await Promise.all(partitions.filter((p) => !p.docs.every((doc) => released.has(doc))).map(load));
    },
    release(docIds) {
      for (const doc of docIds) released.add(doc);
    }
  };
}

/** What a page waiting for partitions says: “正在载入西湖区的明细（1.2 MB）…”, or how many 区县 when several. */
export function partsLoadingText(loading: readonly Partition[]): string {
  if (loading.length === 0) return '';
  const bytes = loading.reduce((sum, p) => sum + p.bytes.lines + p.bytes.tables + p.bytes.summary_sources, 0);
  const size = bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const first = loading[0]!;
  const place = loading.length === 1 ? (first.region ?? first.city ?? first.province ?? '本地区') : ` ${loading.length} 个区县`;
  return `正在载入${place}的明细（${size}）…`;
}
