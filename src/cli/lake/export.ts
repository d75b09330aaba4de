/**
 * The app's dataset folder, rebuilt from the lake by streaming: every CSV in dataset order
 * (documents by (unit, year, 口径, doc), rows by their position in the document), the whole
 * tables' Arrow files, the partitioned tables per 区县 (parts.ts) and the originals. Memory holds
 * one partition of one table and one record batch of a whole table at a time. The same
 * rows give the same bytes as writeDataset of the same documents in memory (tested).
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { IpcStreamWriter } from '../../lib/load/arrow';
import { coreLineSql, partFileName, partitionKey, PARTITIONED_TABLES, PARTS_INDEX, PARTS_VERSION, WHOLE_TABLES, type Partition, type PartitionedTable, type PartsIndex } from '../../lib/load/parts';
import { partsIndexBytes } from '../../lib/load/parts-write';
import { compareKeys, type DocumentKey } from '../../lib/normalise/merge';
import { AMOUNT_COLUMNS, type Dataset, type UnitRow } from '../../lib/normalise/rows';
import { CsvFileWriter, testDieWhileWriting, writeOriginals, writeSynced, type Original } from '../output';
import { hasFiles, parquetSource, type Lake } from './db';
import { LAKE_TABLES, lakeColumns, type LakeTable } from './layout';
import type { BatchManifest } from './manifest';


interface Place {
  rank: number;
  key: string;
  unit: UnitRow;
}

export type RowCounts = Record<LakeTable, number>;

/**
 * The dataset folder being replaced, and the documents this run read: a partition whose documents
 * are the same as there, none of them read again, has the same files — copied, not rebuilt.
 */
export interface PreviousDataset {
  folder: string;
  reread: ReadonlySet<string>;
}

/** Writes the dataset files of the lake's live batches into `folder` (a staged dataset folder). */
export async function exportDataset(lake: Lake, folder: string, live: readonly BatchManifest[], previous: PreviousDataset | null = null): Promise<RowCounts> {
  const counts = Object.fromEntries(LAKE_TABLES.map((table) => [table, 0])) as RowCounts;
  const units: UnitRow[] = [];
  await streamRows(lake, 'units', 'SELECT * FROM t ORDER BY doc_id, seq', (row) => units.push(row as unknown as UnitRow));
  const places = documentPlaces(units);
  const partitions = partitionsOf(places);
  const reused = reusablePartitions(partitions, previous);
  await lake.connection.run('CREATE OR REPLACE TABLE doc_order (doc_id VARCHAR, rank INTEGER, part_key VARCHAR, rebuild BOOLEAN)');
  const appender = await lake.connection.createAppender('doc_order');
  for (const [docId, place] of places) {
    appender.appendVarchar(docId);
    appender.appendInteger(place.rank);
    appender.appendVarchar(place.key);
    appender.appendBoolean(!reused.has(place.key));
    appender.endRow();
  }
  appender.closeSync();

  for (const table of LAKE_TABLES) {
    const csv = new CsvFileWriter(join(folder, `${table}.csv`), table);
    const arrows = (WHOLE_TABLES as readonly string[]).includes(table) ? new ArrowFileWriter(join(folder, `${table}.arrows`), table) : null;
    try {
      await streamRows(lake, table, 'SELECT t.* FROM t JOIN doc_order o USING (doc_id) ORDER BY o.rank, t.seq', (row) => {
        counts[table]++;
        csv.write(row);
        arrows?.push(row);
      });
    } finally {
      csv.close();
      arrows?.close();
    }
    if (table === LAKE_TABLES[0]) testDieWhileWriting();
  }

  for (const [key, old] of reused) {
    const partition = partitions.get(key)!;
    for (const table of PARTITIONED_TABLES) copyFileSync(join(previous!.folder, partFileName(table, key)), join(folder, partFileName(table, key)));
    partition.rows = old.rows;
    partition.bytes = old.bytes;
  }
  for (const table of PARTITIONED_TABLES) {
    // Rows come partition by partition: each partition's file is streamed, then closed when the next begins.
    let current: { partition: Partition; file: ArrowFileWriter } | null = null;
    const close = () => {
      if (current) finishPart(folder, table, current.partition, current.file.close());
    };
    const notCore = table === 'lines' ? ` AND NOT ${coreLineSql('t')}` : '';
    await streamRows(lake, table, `SELECT t.* FROM t JOIN doc_order o USING (doc_id) WHERE o.rebuild${notCore} ORDER BY o.part_key, o.rank, t.seq`, (row) => {
      const key = places.get(row.doc_id as string)!.key;
      if (current?.partition.key !== key) {
        close();
        current = { partition: partitions.get(key)!, file: new ArrowFileWriter(join(folder, partFileName(table, key)), table) };
      }
      current.file.push(row);
    });
    close();
    // A partition with no row of this table still has its (empty) file, as browserFiles writes it.
    for (const partition of partitions.values()) {
      if (partition.bytes[table] === 0) finishPart(folder, table, partition, new ArrowFileWriter(join(folder, partFileName(table, partition.key)), table).close());
    }
  }
  const core = new ArrowFileWriter(join(folder, 'lines.arrows'), 'lines');
  try {
    await streamRows(lake, 'lines', `SELECT t.* FROM t JOIN doc_order o USING (doc_id) WHERE ${coreLineSql('t')} ORDER BY o.rank, t.seq`, (row) => core.push(row));
  } finally {
    core.close();
  }
  writeSynced(join(folder, PARTS_INDEX), partsIndexBytes([...partitions.values()]));
  writeOriginals(folder, originalsOf(live, units));
  return counts;
}

/** A table's Arrow IPC stream written to a file a record batch at a time (the whole tables). */
class ArrowFileWriter {
  private readonly fd: number;
  private readonly writer: IpcStreamWriter;
  constructor(path: string, table: keyof Dataset) {
    const fd = openSync(path, 'w');
    this.fd = fd;
    this.writer = new IpcStreamWriter(table, (bytes) => {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    });
  }
  private rows = 0;
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

function finishPart(folder: string, table: PartitionedTable, partition: Partition, rows: number): void {
  partition.rows[table] = rows;
  partition.bytes[table] = statSync(join(folder, partFileName(table, partition.key))).size;
}

/** Partitions whose files the previous dataset has for exactly the same documents, none read again. */
function reusablePartitions(partitions: Map<string, Partition>, previous: PreviousDataset | null): Map<string, Partition> {
  const reused = new Map<string, Partition>();
  const indexPath = previous ? join(previous.folder, PARTS_INDEX) : null;
  if (!previous || !indexPath || !existsSync(indexPath)) return reused;
  let index: PartsIndex;
  try {
    index = JSON.parse(readFileSync(indexPath, 'utf8')) as PartsIndex;
  } catch {
    return reused; // an unreadable index: rebuild everything
  }
  if (index.version !== PARTS_VERSION) return reused;
  for (const old of index.partitions) {
    const now = partitions.get(old.key);
    if (!now || now.docs.join() !== old.docs.join() || now.docs.some((doc) => previous.reread.has(doc))) continue;
    if (PARTITIONED_TABLES.every((table) => existsSync(join(previous.folder, partFileName(table, old.key))))) reused.set(old.key, old);
  }
  return reused;
}

/** Each document's rank in dataset order (mergeRows's key order) and its partition key. */
function documentPlaces(units: readonly UnitRow[]): Map<string, Place> {
  const keyed = units.map((unit) => ({ unit, key: [unit.unit_id, unit.year ?? 0, unit.doc_scope ?? '', unit.doc_id] as DocumentKey }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  const places = new Map<string, Place>();
  keyed.forEach(({ unit }, rank) => {
    if (!places.has(unit.doc_id)) places.set(unit.doc_id, { rank, key: partitionKey(unit), unit });
  });
  return places;
}

function partitionsOf(places: Map<string, Place>): Map<string, Partition> {
  const partitions = new Map<string, Partition>();
  for (const [docId, place] of places) {
    let partition = partitions.get(place.key);
    if (!partition) {
      const { province, city, region } = place.unit;
      partition = { key: place.key, province, city, region, docs: [], rows: { lines: 0, tables: 0, summary_sources: 0 }, bytes: { lines: 0, tables: 0, summary_sources: 0 } };
      partitions.set(place.key, partition);
    }
    partition.docs.push(docId);
  }
  for (const partition of partitions.values()) partition.docs.sort();
  return partitions;
}

/** The originals to copy: each document's files as the manifest recorded them (doc_id from the units). */
function originalsOf(live: readonly BatchManifest[], units: readonly UnitRow[]): Original[] {
  const present = new Set(units.map((unit) => unit.doc_id));
  return live.flatMap((batch) =>
    batch.docs.filter((doc) => present.has(doc.doc_id)).flatMap((doc) => doc.files.map((file, index) => ({ docId: doc.doc_id, part: index + 1, name: file.name, path: file.path })))
  );
}

/**
 * Runs `sql` over a table's Parquet files (as `t`), calling `each` with every row converted to the
 * dataset's row type: amounts to exact 分 (DECIMAL × 10⁶ as BIGINT), counts to numbers.
 */
export async function streamRows(lake: Lake, table: LakeTable, sql: string, each: (row: Record<string, unknown>) => void): Promise<void> {
  if (!hasFiles(lake.dir, table)) return;
  const columns = lakeColumns(table);
  const select = columns.map((column) => (AMOUNT_COLUMNS.has(column) ? `CAST("${column}" * 1000000 AS BIGINT) AS "${column}"` : `"${column}"`));
  const result = await lake.connection.stream(`WITH t AS (SELECT seq, ${select.join(', ')} FROM ${parquetSource(lake.dir, table)}) ${sql}`);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (const values of chunk.getRows()) {
      const row: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        const value = values[index + 1];
        row[column] = typeof value === 'bigint' ? Number(value) : value;
      });
      each(row);
    }
  }
}

