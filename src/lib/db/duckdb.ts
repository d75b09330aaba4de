/**
 * duckdb-wasm in the browser: one worker, one shared init promise, the wasm and worker files
 * served by the app itself (?url imports, never a CDN), no extension autoloading, the dataset
 * loaded from Arrow IPC stream files. Progress goes to the caller as Chinese text.
 * A partitioned dataset (parts.json) loads its whole tables and core lines up front and each
 * 区县's lines, tables and summary_sources when a query needs them (parts-loader.ts).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { PARTS_INDEX, type PartsIndex } from '../load/parts';
import { endsAsStream } from '../load/stream-end';
import { loadsUpFront, parsePartsIndex, partsLoader, type PartsLoader, type PartsProgress } from './parts-loader';
import { setupViews, VIEWS } from './queries';
import { DATASET_TABLES, emptyTableSql, OPTIONAL_TABLES } from './schema';
import type { Executor, Param, Row } from './types';
import { viewName } from './view-name';

export { viewName };

export type Progress = (message: string, done: number, total: number) => void;

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** The browser's database: the views' executor, and appending a dataset file's rows (the user's imports). */
export interface BrowserDb extends Executor {
  insertArrow(table: string, bytes: Uint8Array): Promise<void>;
  /** Documents removed or replaced by an import: a partition loaded later leaves their rows out. */
  releaseDocs(docIds: readonly string[]): void;
}

let shared: Promise<BrowserDb> | null = null;

/** Starts DuckDB once; every caller gets the same promise. `dataBase` is the URL folder of the .arrows files. */
export function startDatabase(dataBase: string, progress: Progress = () => {}, partsProgress: PartsProgress = () => {}): Promise<BrowserDb> {
  shared ??= open(dataBase, progress, partsProgress).catch((error: unknown) => {
    shared = null; // a later visit may retry
    throw error;
  });
  return shared;
}

async function open(dataBase: string, progress: Progress, partsProgress: PartsProgress): Promise<BrowserDb> {
  const total = DATASET_TABLES.length + 2;
  progress('正在启动 DuckDB…', 0, total);
  // Fetch the data while the wasm compiles: the tables every dataset loads up front at once, the
  // partitioned ones only if parts.json is absent (an older dataset: every table whole).
  const partsIndex = fetchPartsIndex(`${dataBase}/${PARTS_INDEX}`);
  const url = (name: string) => `${dataBase}/${name}.arrows`;
  const files = DATASET_TABLES.map((name) =>
    loadsUpFront(name, true) ? fetchArrow(url(name), OPTIONAL_TABLES.has(name)) : partsIndex.then((parts) => (parts ? null : fetchArrow(url(name), OPTIONAL_TABLES.has(name))))
  );
  const starting = performance.now();
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!, { type: 'module' });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  await conn.query('SET autoload_known_extensions = false');
  await conn.query('SET autoinstall_known_extensions = false');
  performance.measure('load:duckdb', { start: starting });
  progress('正在载入数据…', 1, total);
  for (const [index, name] of DATASET_TABLES.entries()) {
    const fetching = performance.now();
    const bytes = await files[index]!;
    // One entry per step (`load:fetch:units`: waiting for the bytes after DuckDB started; `load:insert:units`): bench-web splits getting ready by them.
    performance.measure(`load:fetch:${name}`, { start: fetching });
    const inserting = performance.now();
    if (bytes) await conn.insertArrowFromIPCStream(bytes, { name, create: true });
    else await conn.query(emptyTableSql(name)); // an optional table absent, or a partitioned one (filled per partition)
    performance.measure(`load:insert:${name}`, { start: inserting });
    progress(`已载入 ${name}`, index + 2, total);
  }
  const parts = await partsIndex;
  const executor = wasmExecutor(conn, (base) => (parts ? partsLoader(parts, base, dataBase, (url) => fetchArrow(url).then((bytes) => bytes!), partsProgress) : null));
  await setupViews(executor);
  progress('就绪', total, total);
  // Prepare every view now, behind the first queries: pages drawn from summary.json have not
  // prepared theirs, and the first filter change should not pay for it.
  for (const sql of Object.values(VIEWS)) void executor.prepare(sql).catch(() => {});
  return executor;
}

/** parts.json, or null for a dataset with every table whole (written before partitions, or imported only). */
async function fetchPartsIndex(url: string): Promise<PartsIndex | null> {
  const bytes = await fetchBytes(url, true);
  return bytes ? parsePartsIndex(new TextDecoder().decode(bytes), url) : null;
}

/** A dataset file's Arrow stream, refused by name when it does not end as a stream (cut short). */
async function fetchArrow(url: string, optional = false): Promise<Uint8Array | null> {
  const bytes = await fetchBytes(url, optional);
  if (bytes && !endsAsStream(bytes)) throw new Error(`数据文件 ${url} 不完整（Arrow 流没有结束标记，共 ${bytes.length} 字节），未载入。请重新运行 npm run ingest 生成数据集后刷新页面。`);
  return bytes;
}

async function fetchBytes(url: string, optional = false): Promise<Uint8Array | null> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`无法读取数据文件 ${url}（网络错误）`);
  }
  if (optional && response.status === 404) return null;
  if (!response.ok) throw new Error(`无法读取数据文件 ${url}（HTTP ${response.status}）。请先运行 npm run ingest 生成 data/ 目录。`);
  return new Uint8Array(await response.arrayBuffer());
}

type WasmDb = BrowserDb & { prepare(sql: string): Promise<duckdb.AsyncPreparedStatement> };

function wasmExecutor(conn: duckdb.AsyncDuckDBConnection, makeLoader: (db: WasmDb & { createFromArrow(table: string, bytes: Uint8Array): Promise<void> }) => PartsLoader | null): WasmDb {
  const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = conn.prepare(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };
  const db = {
    prepare,
    async all(sql: string, params: readonly Param[]): Promise<Row[]> {
      const name = viewName(sql);
      const start = performance.now();
      try {
        const table = await (await prepare(sql)).query(...params);
        return table.toArray().map((row) => normalise(row.toJSON() as Record<string, unknown>));
      } catch (error) {
        throw new QueryError(name, sql, error);
      } finally {
        // One entry per query (`sql:overview` …): the bench reads them to tell query time from drawing time.
        performance.measure(`sql:${name}`, { start });
      }
    },
    async exec(sql: string): Promise<void> {
      await conn.query(sql);
    },
    async insertArrow(table: string, bytes: Uint8Array): Promise<void> {
      await conn.insertArrowFromIPCStream(bytes, { name: table, create: false });
    },
    async createFromArrow(table: string, bytes: Uint8Array): Promise<void> {
      await conn.insertArrowFromIPCStream(bytes, { name: table, create: true });
    },
    releaseDocs(docIds: readonly string[]): void {
      loader?.release(docIds);
    }
  };
  const loader = makeLoader(db);
  return loader ? { ...db, parts: (need) => loader.ensure(need) } : db;
}

/** A failed query carries its view's name and SQL, so a message says which statement failed. */
export class QueryError extends Error {
  constructor(readonly view: string, readonly sql: string, cause: unknown) {
    super(`${view}：${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'QueryError';
  }
}

function normalise(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
}
