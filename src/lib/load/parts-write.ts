/**
 * Writing a dataset's browser files by the partition rules of parts.ts: one partition at a time
 * (partitionFiles — the CLI streams partitions from its lake) or a whole in-memory dataset
 * (browserFiles — the synthetic datasets). Same bytes either way for the same rows.
 */
import { datasetToIpcStream } from './arrow';
import { isCoreLine, PARTS_INDEX, partFileName, partitionKey, PARTITIONED_TABLES, PARTS_VERSION, WHOLE_TABLES, type Partition, type PartsIndex } from './parts';
import type { Dataset, LineRow, UnitRow } from '../normalise/rows';

export interface PartitionRows {
  units: readonly UnitRow[];
  lines: readonly LineRow[];
  tables: Dataset['tables'];
  summary_sources: Dataset['summary_sources'];
}

export interface PartitionOutput {
  partition: Partition;
  /** file name → bytes */
  files: Map<string, Uint8Array>;
  /** This partition's core lines (isCoreLine), in their order: they go to lines.arrows. */
  coreLines: LineRow[];
}

/** One partition's files. Every unit row must be of the same 区县 (partitionKey). */
export function partitionFiles(rows: PartitionRows): PartitionOutput {
  const first = rows.units[0];
  if (!first) throw new Error('partitionFiles: 分区没有文件');
  const key = partitionKey(first);
  const coreLines: LineRow[] = [];
  const otherLines: LineRow[] = [];
  for (const line of rows.lines) (isCoreLine(line) ? coreLines : otherLines).push(line);
  const parts = { lines: otherLines, tables: rows.tables, summary_sources: rows.summary_sources };
  const files = new Map<string, Uint8Array>();
  const partition: Partition = {
    key,
    province: first.province,
    city: first.city,
    region: first.region,
    docs: [...new Set(rows.units.map((unit) => unit.doc_id))].sort(),
    rows: { lines: 0, tables: 0, summary_sources: 0 },
    bytes: { lines: 0, tables: 0, summary_sources: 0 }
  };
  for (const table of PARTITIONED_TABLES) {
    const bytes = datasetToIpcStream(table, { ...empty(), [table]: parts[table] } as Dataset);
    files.set(partFileName(table, key), bytes);
    partition.rows[table] = parts[table].length;
    partition.bytes[table] = bytes.length;
  }
  return { partition, files, coreLines };
}

/** A dataset with no rows (fresh arrays: never shared between calls). */
const empty = (): Dataset => ({ units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] });

/** The index file's bytes; partitions sorted by key, so the same rows give the same bytes. */
export function partsIndexBytes(partitions: readonly Partition[]): Uint8Array {
  const index: PartsIndex = { version: PARTS_VERSION, partitions: [...partitions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
  return new TextEncoder().encode(JSON.stringify(index) + '\n');
}

/**
 * Every browser file of an in-memory dataset: the whole tables, lines.arrows (core lines), the
 * partition files and parts.json. Rows keep their dataset order within each file.
 */
export function browserFiles(dataset: Dataset): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const table of WHOLE_TABLES) files.set(`${table}.arrows`, datasetToIpcStream(table, dataset));
  const keyOfDoc = new Map<string, string>();
  const groups = new Map<string, PartitionRows & { units: UnitRow[]; lines: LineRow[]; tables: Dataset['tables']; summary_sources: Dataset['summary_sources'] }>();
  for (const unit of dataset.units) {
    const key = partitionKey(unit);
    keyOfDoc.set(unit.doc_id, key);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { units: [], lines: [], tables: [], summary_sources: [] }));
    group.units.push(unit);
  }
  for (const table of PARTITIONED_TABLES) {
    for (const row of dataset[table]) {
      const key = keyOfDoc.get(row.doc_id);
      if (key === undefined) throw new Error(`${table} 中的 doc_id ${row.doc_id} 不在 units 中`);
      (groups.get(key)![table] as unknown[]).push(row);
    }
  }
  const partitions: Partition[] = [];
  const core: LineRow[] = [];
  for (const group of groups.values()) {
    const output = partitionFiles(group);
    partitions.push(output.partition);
    for (const [name, bytes] of output.files) files.set(name, bytes);
    for (const line of output.coreLines) core.push(line);
  }
  // Core lines in dataset order (as the CSV has them), whatever order the partitions came in.
  const order = new Map(dataset.lines.map((line, index) => [line, index]));
  core.sort((a, b) => order.get(a)! - order.get(b)!);
  files.set('lines.arrows', datasetToIpcStream('lines', { ...empty(), lines: core }));
  files.set(PARTS_INDEX, partsIndexBytes(partitions));
  return files;
}
