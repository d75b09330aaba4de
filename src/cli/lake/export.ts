/**
 * The app's dataset folder, rebuilt from the lake: every CSV in dataset order (documents by
 * (unit, year, 口径, doc), rows by their position in the document), the whole tables' Arrow files,
 * the core lines, the partitioned tables per 区县 (parts.ts) and the originals. Planned here and
 * written by worker processes beside each other (export-task.ts): each CSV, each Arrow file and
 * each province's partition files is a task of its own, so --jobs speeds the export as it does
 * the reading, and no process holds more than one record batch and one DuckDB sort (which spills
 * to disk). The same rows give the same bytes as writeDataset of the same documents in memory
 * (lake.test.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { partFileName, partitionKey, PARTITIONED_TABLES, PARTS_INDEX, PARTS_VERSION, WHOLE_TABLES, type Partition, type PartitionedTable, type PartsIndex } from '../../lib/load/parts';
import { partsIndexBytes } from '../../lib/load/parts-write';
import { compareKeys, type DocumentKey } from '../../lib/normalise/merge';
import type { UnitRow } from '../../lib/normalise/rows';
import { testDieWhileWriting, writeOriginals, writeSynced, type Original } from '../output';
import type { Progress } from '../progress';
import { runIsolated, type PoolOptions, type Task, type TaskOutcome } from '../pool';
import { parquetFiles, sqlString, tableFiles, type Lake } from './db';
import { runExportTask, streamRows, type ExportCounts, type ExportTask } from './export-task';
import { LAKE_TABLES, MANIFEST_DIR, partitionOf, type LakeTable } from './layout';
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

/**
 * Up to this many documents the export runs in this process, task after task: starting worker
 * processes would take longer than the whole export (a county's dataset, the seeds).
 */
const IN_PROCESS_DOCS = 64;

/** An export task may take as long as a whole province's rows need, far longer than one document. */
const EXPORT_TIMEOUT_MS = 60 * 60 * 1000;

export interface ExportOptions {
  /** Worker processes (jobs) and their memory limit; the export's own time limit replaces the document's. */
  pool: PoolOptions;
  previous?: PreviousDataset | null;
  /** Up to this many documents the tasks run in this process (default IN_PROCESS_DOCS). */
  inProcessDocs?: number;
  /** Told the number of tasks; told each one that ends. */
  progress?: (total: number) => Progress;
}

/** Writes the dataset files of the lake's live batches into `folder` (a staged dataset folder). */
export async function exportDataset(lake: Lake, folder: string, live: readonly BatchManifest[], options: ExportOptions): Promise<RowCounts> {
  const { pool, previous = null, inProcessDocs = IN_PROCESS_DOCS } = options;
  const counts = Object.fromEntries(LAKE_TABLES.map((table) => [table, 0])) as RowCounts;
  const units: UnitRow[] = [];
  await streamRows(lake, 'units', tableFiles(lake.dir, 'units'), 'SELECT * FROM t ORDER BY doc_id, seq', (row) => units.push(row as unknown as UnitRow));
  const places = documentPlaces(units);
  const partitions = partitionsOf(places);
  const reused = reusablePartitions(partitions, previous);
  const temp = join(lake.dir, MANIFEST_DIR, `.tmp-export-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    const order = await writeDocOrder(lake, join(temp, 'doc_order.parquet'), places, reused);
    // Groups with the most lines first: the largest partition file is the export's longest task.
    const weights = await linesPerPartition(lake);
    const groups = partitionGroups(
      [...partitions.values()]
        .filter((partition) => !reused.has(partition.key))
        .map((partition) => ({ key: partition.key, provinces: [...new Set(partition.docs.map((doc) => partitionOf(places.get(doc)!.unit).part_province))], weight: weights.get(partition.key) ?? 0 }))
    );
    const tasks = exportTasks({ lake: lake.dir, folder, order }, groups);
    const failures: string[] = [];
    const progress = options.progress?.(tasks.length);
    const done = (index: number, outcome: TaskOutcome<ExportCounts>) => {
      const task = tasks[index]!;
      progress?.step(!outcome.ok);
      if (!outcome.ok) return void failures.push(outcome.message);
      if (task.kind === 'csv') {
        counts[task.table] = outcome.rows[task.table]!;
        if (task.table === LAKE_TABLES[0]) testDieWhileWriting();
      }
      if (task.kind === 'parts') for (const key of task.keys) finishPart(folder, task.table, partitions.get(key)!, outcome.rows[key]!);
    };
    const labels = tasks.map((task) => `导出 ${taskFiles(task)}`);
    if (places.size <= inProcessDocs) {
      for (const [index, task] of tasks.entries()) {
        done(index, await runExportTask(task).then(
          (rows) => ({ ok: true as const, rows }),
          (error: unknown) => ({ ok: false as const, code: 'crash', message: `${labels[index]}：出错：${error instanceof Error ? error.message : String(error)}` })
        ));
      }
    } else await runIsolated<ExportCounts>(tasks.map((task, index): Task => ({ label: labels[index]!, inputs: [], export: task })), { ...pool, timeoutMs: EXPORT_TIMEOUT_MS, exportOnly: true }, done);
    progress?.end();
    if (failures.length > 0) throw new Error(failures.join('；'));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  for (const [key, old] of reused) {
    const partition = partitions.get(key)!;
    for (const table of PARTITIONED_TABLES) copyFileSync(join(previous!.folder, partFileName(table, key)), join(folder, partFileName(table, key)));
    partition.rows = old.rows;
    partition.bytes = old.bytes;
  }
  writeSynced(join(folder, PARTS_INDEX), partsIndexBytes([...partitions.values()]));
  writeOriginals(folder, originalsOf(live, units));
  return counts;
}

/** Largest first, so the last task to finish is a small one; the units CSV first (a test kills the run after it). */
function exportTasks(common: Pick<ExportTask, 'lake' | 'folder' | 'order'>, groups: readonly { keys: string[]; provinces: string[] }[]): ExportTask[] {
  const parts = (table: PartitionedTable) => groups.map(({ keys, provinces }): ExportTask => ({ ...common, kind: 'parts', table, keys, provinces }));
  return [
    { ...common, kind: 'csv', table: 'units' },
    ...parts('lines'),
    { ...common, kind: 'csv', table: 'lines' },
    { ...common, kind: 'arrows', table: 'lines' },
    ...LAKE_TABLES.filter((table) => table !== 'units' && table !== 'lines').map((table): ExportTask => ({ ...common, kind: 'csv', table })),
    ...PARTITIONED_TABLES.filter((table) => table !== 'lines').flatMap(parts),
    ...WHOLE_TABLES.map((table): ExportTask => ({ ...common, kind: 'arrows', table }))
  ];
}

function taskFiles(task: ExportTask): string {
  if (task.kind === 'csv') return `${task.table}.csv`;
  if (task.kind === 'arrows') return `${task.table}.arrows`;
  return `${task.table} 分区文件（${task.keys.length} 个区县）`;
}

/** Each document's rank, partition and whether its partition is rebuilt, as a Parquet file the export tasks read. */
async function writeDocOrder(lake: Lake, path: string, places: ReadonlyMap<string, Place>, reused: ReadonlyMap<string, Partition>): Promise<string> {
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
  await lake.connection.run(`COPY doc_order TO ${sqlString(path)} (FORMAT parquet)`);
  return path;
}

/** A partition to rebuild: its key, the lake's province folders its documents are in, and its lines. */
export interface PartitionToBuild {
  key: string;
  provinces: readonly string[];
  weight: number;
}

export interface PartitionGroup {
  keys: string[];
  provinces: string[];
  weight: number;
}

/**
 * Partitions to rebuild, grouped so that each group reads only its own province folders of the
 * lake: partitions whose documents share a province are in one group (usually a group is one
 * province; a 区县 whose documents carry two province codes joins them). Heaviest group first.
 */
export function partitionGroups(partitions: readonly PartitionToBuild[]): PartitionGroup[] {
  type Group = { keys: string[]; provinces: Set<string>; weight: number };
  const groupOf = new Map<string, Group>();
  for (const partition of partitions) {
    const joined: Group = { keys: [partition.key], provinces: new Set(partition.provinces), weight: partition.weight };
    const merged = new Set<Group>();
    for (const province of partition.provinces) {
      const other = groupOf.get(province);
      if (!other || merged.has(other)) continue;
      merged.add(other);
      joined.keys.push(...other.keys);
      joined.weight += other.weight;
      for (const each of other.provinces) joined.provinces.add(each);
    }
    for (const province of joined.provinces) groupOf.set(province, joined);
  }
  const groups = [...new Set(groupOf.values())].map((group) => ({ keys: group.keys.sort(), provinces: [...group.provinces].sort(), weight: group.weight }));
  return groups.sort((a, b) => b.weight - a.weight || (a.provinces[0]! < b.provinces[0]! ? -1 : 1));
}

/** Lines per partition (DuckDB counts the Parquet rows; nothing is read into JavaScript). */
async function linesPerPartition(lake: Lake): Promise<Map<string, number>> {
  const files = tableFiles(lake.dir, 'lines');
  if (files.length === 0) return new Map();
  const reader = await lake.connection.runAndReadAll(`SELECT o.part_key, count(*) FROM ${parquetFiles(files)} t JOIN doc_order o USING (doc_id) GROUP BY o.part_key`);
  return new Map(reader.getRows().map(([key, count]) => [String(key), Number(count)]));
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
