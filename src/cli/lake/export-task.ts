/**
 * One file (or one group of partition files) of the dataset export, as a worker process runs it
 * (export.ts plans the tasks; pool.ts runs them beside each other). Each task opens its own DuckDB
 * over the lake and the run's document order (a small Parquet file export.ts writes), so tasks
 * share nothing but files and their bytes never depend on which worker ran them or when.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { IpcStreamWriter } from '../../lib/load/arrow';
import { coreLineSql, partFileName, type PartitionedTable } from '../../lib/load/parts';
import { csvFileHead } from '../../lib/normalise/csv';
import { csvLineSql } from '../../lib/normalise/csv-sql';
import { AMOUNT_COLUMNS, type Dataset } from '../../lib/normalise/rows';
import { writeSynced } from '../output';
import { openLake, parquetFiles, sqlString, tableFiles, type Lake } from './db';
import { lakeColumns, type LakeTable } from './layout';

export type ExportTask = { lake: string; folder: string; order: string } & (
  /** `<table>.csv`, every row in dataset order (DuckDB writes it). */
  | { kind: 'csv'; table: LakeTable }
  /** `<table>.arrows` of a table loaded whole (or, for lines, the core lines). */
  | { kind: 'arrows'; table: LakeTable }
  /** The partition files of `table` for the partitions `keys`, reading only the lake folders of `provinces`. */
  | { kind: 'parts'; table: PartitionedTable; keys: string[]; provinces: string[] }
);

/** Rows written: by table (csv, arrows) or by partition key (parts). */
export type ExportCounts = Record<string, number>;

/** DuckDB's memory in an export worker: sorts past it spill to the lake's temporary folder. */
const EXPORT_MEMORY_MB = 192;

export async function runExportTask(task: ExportTask): Promise<ExportCounts> {
  const lake = await openLake(task.lake, { memoryLimitMb: EXPORT_MEMORY_MB });
  try {
    await lake.connection.run(`CREATE TABLE doc_order AS SELECT * FROM read_parquet(${sqlString(task.order)})`);
    if (task.kind === 'csv') return { [task.table]: await writeCsv(lake, task.folder, task.table) };
    if (task.kind === 'arrows') {
      const core = task.table === 'lines' ? ` WHERE ${coreLineSql('t')}` : '';
      const file = new ArrowFileWriter(join(task.folder, `${task.table}.arrows`), task.table);
      try {
        await streamRows(lake, task.table, tableFiles(lake.dir, task.table), `SELECT t.* FROM t JOIN doc_order o USING (doc_id)${core} ORDER BY o.rank, t.seq`, (row) => file.push(row));
      } finally {
        file.close();
      }
      return { [task.table]: file.rows };
    }
    return await writePartitions(lake, task);
  } finally {
    lake.close();
  }
}

/**
 * The partition files of one table for a group of partitions, streamed in (partition, rank, seq)
 * order: one file open at a time, closed when the next partition begins. Every key gets its file,
 * empty where the partition has no row of the table (as browserFiles writes it).
 */
async function writePartitions(lake: Lake, task: Extract<ExportTask, { kind: 'parts' }>): Promise<ExportCounts> {
  const counts: ExportCounts = Object.fromEntries(task.keys.map((key) => [key, 0]));
  const provinces = new Set(task.provinces.map((province) => `part_province=${province}`));
  const files = tableFiles(lake.dir, task.table).filter((file) => provinces.has(file.province));
  const keys = task.keys.map(sqlString).join(', ');
  const notCore = task.table === 'lines' ? ` AND NOT ${coreLineSql('t')}` : '';
  let current: { key: string; file: ArrowFileWriter } | null = null;
  const close = () => {
    if (current) counts[current.key] = current.file.close();
  };
  await streamRows(lake, task.table, files, `SELECT o.part_key, t.* FROM t JOIN doc_order o USING (doc_id) WHERE o.rebuild AND o.part_key IN (${keys})${notCore} ORDER BY o.part_key, o.rank, t.seq`, (row, key) => {
    let open = current;
    if (!open || open.key !== key) {
      close();
      open = current = { key: key!, file: new ArrowFileWriter(join(task.folder, partFileName(task.table, key!)), task.table) };
    }
    open.file.push(row);
  });
  close();
  for (const key of task.keys) if (counts[key] === 0) new ArrowFileWriter(join(task.folder, partFileName(task.table, key)), task.table).close();
  return counts;
}

/**
 * A table's CSV in dataset order, written by DuckDB itself (csv-sql.ts formats each line as
 * csv.ts does; QUOTE '' keeps DuckDB from quoting it again), then synced. Its number of rows.
 * The rows are sorted as columns and formatted after the sort: DuckDB spills a sort of columns to
 * disk, while a sort of the long formatted lines ran out of memory at 10,000 documents. The file's
 * head (byte-order mark and column names) is the one output column's name.
 */
async function writeCsv(lake: Lake, folder: string, table: LakeTable): Promise<number> {
  const path = join(folder, `${table}.csv`);
  const head = csvFileHead(table);
  const files = tableFiles(lake.dir, table);
  if (files.length === 0) {
    writeSynced(path, new TextEncoder().encode(head));
    return 0;
  }
  const sorted = `SELECT t.*, o.rank FROM ${parquetFiles(files)} t JOIN doc_order o USING (doc_id) ORDER BY o.rank, t.seq`;
  const name = `"${head.slice(0, -1).replace(/"/g, '""')}"`;
  const result = await lake.connection.run(`COPY (SELECT ${csvLineSql(table, 't')} AS ${name} FROM (${sorted}) t) TO ${sqlString(path)} (FORMAT csv, HEADER true, QUOTE '', ESCAPE '')`);
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return Number(result.rowsChanged);
}

/**
 * Runs `sql` over the given Parquet files of a table (as `t`), calling `each` with every row
 * converted to the dataset's row type: amounts to exact 分 (DECIMAL × 10⁶ as BIGINT), counts to
 * numbers. A query may put one column before the table's (the partition key): passed as `lead`.
 */
export async function streamRows(lake: Lake, table: LakeTable, files: readonly { path: string }[], sql: string, each: (row: Record<string, unknown>, lead?: string) => void): Promise<void> {
  if (files.length === 0) return;
  const columns = lakeColumns(table);
  const select = columns.map((column) => (AMOUNT_COLUMNS.has(column) ? `CAST("${column}" * 1000000 AS BIGINT) AS "${column}"` : `"${column}"`));
  const result = await lake.connection.stream(`WITH t AS (SELECT seq, ${select.join(', ')} FROM ${parquetFiles(files)}) ${sql}`);
  const skip = result.columnCount - columns.length - 1; // the lead column, if any, then seq
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const values of chunk.getRows()) {
      const row: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        const value = values[skip + index + 1];
        row[column] = typeof value === 'bigint' ? Number(value) : value;
      });
      each(row, skip > 0 ? (values[0] as string) : undefined);
    }
  }
}

/** A table's Arrow IPC stream written to a file a record batch at a time. */
class ArrowFileWriter {
  private readonly fd: number;
  private readonly writer: IpcStreamWriter;
  rows = 0;
  constructor(path: string, table: keyof Dataset) {
    const fd = openSync(path, 'w');
    this.fd = fd;
    this.writer = new IpcStreamWriter(table, (bytes) => {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    });
  }
  push(row: Record<string, unknown>): void {
    this.writer.push(row);
    this.rows++;
  }
  /** The number of rows written. */
  close(): number {
    try {
      this.writer.close();
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
    return this.rows;
  }
}
