/**
 * DuckDB (native, Node API) over a lake folder: the connection ingest writes batches with, and
 * the dataset's tables as views over the Parquet files — typed as the app's tables are (amounts
 * DOUBLE 万元, as in the Arrow files), so the named views of db/queries run on them unchanged.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { AMOUNT_COLUMNS } from '../../lib/normalise/rows';
import { emptyTableSql } from '../../lib/db/schema';
import { nodeExecutor, type NodeDb } from '../../lib/db/node-executor';
import { LAKE_TABLES, lakeColumns, MANIFEST_DIR, tableGlob, type LakeTable } from './layout';

export interface Lake {
  dir: string;
  connection: DuckDBConnection;
  close(): void;
}

/**
 * One DuckDB in this process; `threads = 1` so the same rows always give the same Parquet bytes,
 * and a memory limit past which sorts spill to a folder in the lake (removed with the leftovers).
 */
export async function openLake(dir: string, options: { memoryLimitMb?: number } = {}): Promise<Lake> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoload_known_extensions: 'false',
    autoinstall_known_extensions: 'false',
    threads: '1',
    memory_limit: `${options.memoryLimitMb ?? 256}MB`,
    temp_directory: join(dir, MANIFEST_DIR, `.tmp-duckdb-${process.pid}`)
  });
  const connection = await instance.connect();
  let open = true;
  return {
    dir,
    connection,
    close() {
      if (!open) return;
      open = false;
      connection.disconnectSync();
      instance.closeSync();
    }
  };
}

export interface LakeFile {
  name: string;
  path: string;
  /** Its province folder (`part_province=32`). */
  province: string;
}

/** Every Parquet file of a table, across its partition folders, in a stable order. */
export function tableFiles(dir: string, table: LakeTable): LakeFile[] {
  const root = join(dir, table);
  if (!existsSync(root)) return [];
  const out: LakeFile[] = [];
  for (const province of readdirSync(root).sort()) {
    for (const year of readdirSync(join(root, province)).sort()) {
      for (const name of readdirSync(join(root, province, year)).sort()) if (name.endsWith('.parquet')) out.push({ name, path: join(root, province, year, name), province });
    }
  }
  return out;
}

/** Whether a table has any Parquet file yet (read_parquet refuses a glob that matches nothing). */
export function hasFiles(dir: string, table: LakeTable): boolean {
  return tableFiles(dir, table).length > 0;
}

/** The partition folders as columns, always text (`unknown` and `2024` alike). */
const HIVE = `hive_partitioning = true, hive_types = {'part_province': VARCHAR, 'part_year': VARCHAR}`;

/** `read_parquet` of the given files with their partition columns (explicit files: a glob matching nothing is an error). */
export function parquetFiles(files: readonly { path: string }[]): string {
  return `read_parquet([${files.map((file) => sqlString(file.path)).join(', ')}], ${HIVE})`;
}

/** `read_parquet(…)` of a table's files; the glob is a path we built, quoted as an SQL string. */
export function parquetSource(dir: string, table: LakeTable): string {
  return `read_parquet(${sqlString(tableGlob(dir, table))}, ${HIVE})`;
}

export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The dataset's tables as views over the lake (empty tables where a table has no file yet). */
export async function createDatasetViews(lake: Lake): Promise<void> {
  for (const table of LAKE_TABLES) {
    if (!hasFiles(lake.dir, table)) {
      await lake.connection.run(emptyTableSql(table));
      continue;
    }
    const columns = lakeColumns(table).map((column) => (AMOUNT_COLUMNS.has(column) ? `CAST("${column}" AS DOUBLE) AS "${column}"` : `"${column}"`));
    await lake.connection.run(`CREATE VIEW "${table}" AS SELECT ${columns.join(', ')} FROM ${parquetSource(lake.dir, table)}`);
  }
}

/**
 * The lake as the app's database: dataset views over the Parquet files, then the setup
 * statements (in SETUP_NAMES order), so every named view runs as in the browser.
 */
export async function openLakeDb(dir: string, setupSql: readonly string[]): Promise<NodeDb> {
  const lake = await openLake(dir);
  await createDatasetViews(lake);
  const db = nodeExecutor(lake.connection, () => lake.close());
  for (const sql of setupSql) await db.exec(sql);
  return db;
}
