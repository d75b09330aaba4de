/**
 * Writing to the lake: a batch of documents' rows → one Parquet file per table and partition
 * (ZSTD), then the batch's manifest; a batch that loses documents is rewritten under a new id
 * (replacing the old) and the old files removed; files of batches no manifest names are removed.
 * Rows go to DuckDB as newline-delimited JSON (amounts as exact decimal text, read as DECIMAL).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatWanyuanExact } from '../../lib/model/amount';
import { AMOUNT_COLUMNS, type Dataset } from '../../lib/normalise/rows';
import type { DocumentRows } from '../../lib/normalise/merge';
import { hasFiles, parquetSource, sqlString, type Lake } from './db';
import { batchFilePrefix, LAKE_TABLES, lakeColumns, lakeColumnType, MANIFEST_DIR, partitionOf, type LakeTable } from './layout';
import { batchId, manifestPath, MANIFEST_VERSION, readManifests, writeManifest, type BatchManifest, type ManifestDoc } from './manifest';

export interface BatchDoc {
  rows: DocumentRows;
  manifest: ManifestDoc;
}

const PARQUET = `FORMAT parquet, COMPRESSION zstd, PARTITION_BY (part_province, part_year), OVERWRITE_OR_IGNORE true`;

/** Writes a batch (documents in any order: files and manifest depend only on which documents). */
export async function writeBatch(lake: Lake, docs: readonly BatchDoc[], parser: string): Promise<string> {
  const ordered = [...docs].sort((a, b) => (a.manifest.sha256 < b.manifest.sha256 ? -1 : a.manifest.sha256 > b.manifest.sha256 ? 1 : 0));
  const batch = batchId(ordered.map((doc) => doc.manifest.sha256));
  const temp = join(lake.dir, MANIFEST_DIR, `.tmp-${batch}`);
  mkdirSync(temp, { recursive: true });
  try {
    for (const table of LAKE_TABLES) {
      const path = join(temp, `${table}.jsonl`);
      const count = writeJsonLines(path, table, ordered.map((doc) => doc.rows.dataset));
      if (count === 0) continue;
      const columns = `{seq: 'INTEGER', ${lakeColumns(table).map((column) => `"${column}": '${lakeColumnType(column)}'`).join(', ')}, part_province: 'VARCHAR', part_year: 'VARCHAR'}`;
      await lake.connection.run(
        `COPY (SELECT * FROM read_json(${sqlString(path)}, format = 'newline_delimited', columns = ${columns})) ` +
          `TO ${sqlString(join(lake.dir, table))} (${PARQUET}, FILENAME_PATTERN '${batchFilePrefix(batch)}{i}')`
      );
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  writeManifest(lake.dir, { version: MANIFEST_VERSION, parser, batch, docs: ordered.map((doc) => doc.manifest), replaces: null });
  return batch;
}

/** One JSON object per row: seq, the dataset columns (amounts exact text), the partition keys. */
function writeJsonLines(path: string, table: LakeTable, datasets: readonly Dataset[]): number {
  const columns = lakeColumns(table);
  let text = '';
  let count = 0;
  for (const dataset of datasets) {
    const unit = dataset.units[0];
    if (!unit) continue;
    const partition = partitionOf(unit);
    const rows = dataset[table] as unknown as Record<string, unknown>[];
    rows.forEach((row, seq) => {
      const out: Record<string, unknown> = { seq };
      for (const column of columns) {
        const value = row[column] ?? null;
        out[column] = AMOUNT_COLUMNS.has(column) && typeof value === 'number' ? formatWanyuanExact(value) : value;
      }
      out.part_province = partition.part_province;
      out.part_year = partition.part_year;
      text += JSON.stringify(out) + '\n';
      count++;
    });
  }
  writeFileSync(path, text);
  return count;
}

/**
 * A batch without the documents in `drop`: the kept rows are copied into a new batch that names
 * the old one as replaced, then the old files and manifest go. No kept document: just removed.
 */
export async function shrinkBatch(lake: Lake, batch: BatchManifest, keep: readonly ManifestDoc[]): Promise<void> {
  if (keep.length > 0) {
    const next = batchId(keep.map((doc) => doc.sha256));
    const ids = keep.map((doc) => sqlString(doc.doc_id)).join(', ');
    for (const table of LAKE_TABLES) {
      const files = batchFiles(lake.dir, table, batch.batch);
      if (files.length === 0) continue;
      const source = `read_parquet([${files.map(sqlString).join(', ')}], hive_partitioning = true, hive_types = {'part_province': VARCHAR, 'part_year': VARCHAR})`;
      await lake.connection.run(
        `COPY (SELECT * FROM ${source} WHERE doc_id IN (${ids})) TO ${sqlString(join(lake.dir, table))} (${PARQUET}, FILENAME_PATTERN '${batchFilePrefix(next)}{i}')`
      );
    }
    writeManifest(lake.dir, { ...batch, batch: next, docs: [...keep], replaces: batch.batch });
  }
  removeBatch(lake.dir, batch.batch);
}

function removeBatch(dir: string, batch: string): void {
  for (const table of LAKE_TABLES) for (const file of batchFiles(dir, table, batch)) rmSync(file, { force: true });
  rmSync(manifestPath(dir, batch), { force: true });
}

/** A batch's Parquet files of one table, across partitions. */
export function batchFiles(dir: string, table: LakeTable, batch: string): string[] {
  return allFiles(dir, table).filter((file) => file.name.startsWith(batchFilePrefix(batch))).map((file) => file.path);
}

function allFiles(dir: string, table: LakeTable): { name: string; path: string }[] {
  const root = join(dir, table);
  if (!existsSync(root)) return [];
  const out: { name: string; path: string }[] = [];
  for (const province of readdirSync(root)) {
    for (const year of readdirSync(join(root, province))) {
      for (const name of readdirSync(join(root, province, year))) if (name.endsWith('.parquet')) out.push({ name, path: join(root, province, year, name) });
    }
  }
  return out;
}

/**
 * Removes what a killed run left: Parquet files of batches no live manifest names, manifests
 * another one replaces, temporary folders. Returns how many files went.
 */
export function removeLeftovers(dir: string): number {
  const { live, replaced } = readManifests(dir);
  for (const batch of replaced) removeBatch(dir, batch);
  const known = new Set(live.map((manifest) => batchFilePrefix(manifest.batch)));
  let removed = 0;
  for (const table of LAKE_TABLES) {
    for (const file of allFiles(dir, table)) {
      const prefix = /^batch-[0-9a-f]{16}-/.exec(file.name)?.[0];
      if (!prefix || !known.has(prefix)) {
        rmSync(file.path, { force: true });
        removed++;
      }
    }
  }
  const manifests = join(dir, MANIFEST_DIR);
  if (existsSync(manifests)) for (const name of readdirSync(manifests)) if (name.startsWith('.tmp-') || name.endsWith('.tmp')) rmSync(join(manifests, name), { recursive: true, force: true });
  return removed;
}

export { hasFiles, parquetSource };
