/**
 * DuckDB in Node (same DuckDB version as the wasm build) loaded with a dataset folder's CSV files,
 * typed as the Arrow streams are, so tests and the bench run the browser's SQL. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { columnType, DATASET_TABLES, emptyTableSql, OPTIONAL_TABLES, type DatasetTable } from './schema';
import { setupViews } from './queries';
import type { Executor, Param, Row } from './types';

export interface NodeDb extends Executor {
  close(): void;
}

export async function openNodeDb(datasetDir: string): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:', { autoload_known_extensions: 'false', autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  const db = executor(connection, instance);
  for (const table of DATASET_TABLES) await loadCsv(connection, table, join(datasetDir, `${table}.csv`));
  await setupViews(db);
  return db;
}

async function loadCsv(connection: DuckDBConnection, table: DatasetTable, path: string): Promise<void> {
  if (!existsSync(path) && OPTIONAL_TABLES.has(table)) {
    await connection.run(emptyTableSql(table));
    return;
  }
  if (!existsSync(path)) throw new Error(`缺少数据文件：${path}`);
  const header = readFileSync(path, 'utf8').split('\n', 1)[0]!.replace(/^\uFEFF/, '').split(',');
  // Column names and types come from our own schema, never from user input; the path is bound as a value.
  const columns = header.map((name) => `'${name.replace(/'/g, "''")}': '${columnType(name)}'`).join(', ');
  await connection.run(`CREATE TABLE "${table}" AS SELECT * FROM read_csv($1, header = true, quote = '"', escape = '"', columns = {${columns}})`, [path]);
}

function executor(connection: DuckDBConnection, instance: DuckDBInstance): NodeDb {
  // One connection runs one statement at a time: queue calls made in parallel (Promise.all in the pages).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => {});
    return next;
  };
  return {
    all: (sql: string, params: readonly Param[]): Promise<Row[]> =>
      serial(async () => {
        const reader = await connection.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
        return reader.getRowObjectsJS().map(normaliseRow);
      }),
    exec: (sql: string): Promise<void> =>
      serial(async () => {
        await connection.run(sql);
      }),
    close() {
      connection.disconnectSync();
      instance.closeSync();
    }
  };
}

/** BIGINT arrives as bigint; the views cast counts to INTEGER, this catches the rest. */
export function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
}
