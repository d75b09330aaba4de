/**
 * DuckDB in Node (same DuckDB version as the wasm build) loaded with a dataset folder's CSV files,
 * typed as the Arrow streams are, so tests and the bench run the browser's SQL. Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { columnType, DATASET_TABLES, emptyTableSql, OPTIONAL_TABLES, type DatasetTable } from './schema';
import { setupViews } from './queries';
import { nodeExecutor, type NodeDb } from './node-executor';

export { nodeExecutor, normaliseRow, type NodeDb } from './node-executor';

export async function openNodeDb(datasetDir: string): Promise<NodeDb> {
  const instance = await DuckDBInstance.create(':memory:', { autoload_known_extensions: 'false', autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  const db = nodeExecutor(connection, () => {
    connection.disconnectSync();
    instance.closeSync();
  });
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

