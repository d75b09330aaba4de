/**
 * Writing to the lake: a batch of documents' rows → one Parquet file per table and partition
 * (ZSTD), then the batch's manifest; a batch that loses documents is rewritten under a new id
 * (replacing the old) and the old files removed; files of batches no manifest names are removed.
 * Rows go to DuckDB as the newline-delimited JSON the workers made (rows.ts).
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parquetFiles, sqlString, tableFiles, type Lake } from './db';
import { batchFilePrefix, LAKE_TABLES, lakeColumns, lakeColumnType, MANIFEST_DIR, type LakeTable } from './layout';
import type { LakeDocument } from './rows';
import { batchId, manifestPath, MANIFEST_VERSION, readManifests, writeManifest, type BatchManifest, type ManifestDoc } from './manifest';

const PARQUET = `FORMAT parquet, COMPRESSION zstd, PARTITION_BY (part_province, part_year), OVERWRITE_OR_IGNORE true`;

/**
 * A batch being filled: each document's JSON lines are appended to the batch's temporary files as
 * it arrives (in any order), and write() turns them into Parquet sorted by (doc_id, seq), so the
 * files depend only on which documents the batch holds, never on which worker finished first.
 */
export class PendingBatch {
  private readonly temp: string;
  private readonly docs: ManifestDoc[] = [];
  private readonly rows = Object.fromEntries(LAKE_TABLES.map((table) => [table, 0])) as Record<LakeTable, number>;

  constructor(private readonly lake: Lake, slot: number) {
    this.temp = join(lake.dir, MANIFEST_DIR, `.tmp-${process.pid}-${slot}`);
    rmSync(this.temp, { recursive: true, force: true });
    mkdirSync(this.temp, { recursive: true });
  }

  get size(): number {
    return this.docs.length;
  }

  add(document: LakeDocument, manifest: ManifestDoc): void {
    for (const table of LAKE_TABLES) {
      const bytes = document.tables[table];
      if (bytes.length === 0) continue;
      appendFileSync(join(this.temp, `${table}.jsonl`), bytes);
      this.rows[table]++;
    }
    this.docs.push(manifest);
  }

  /** Writes the Parquet files, then the manifest; the batch's id. */
  async write(parser: string): Promise<string> {
    const docs = [...this.docs].sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
    const batch = batchId(docs.map((doc) => doc.sha256));
    try {
      for (const table of LAKE_TABLES) {
        if (this.rows[table] === 0) continue;
        const columns = `{seq: 'INTEGER', ${lakeColumns(table).map((column) => `"${column}": '${lakeColumnType(column)}'`).join(', ')}, part_province: 'VARCHAR', part_year: 'VARCHAR'}`;
        await this.lake.connection.run(
          `COPY (SELECT * FROM read_json(${sqlString(join(this.temp, `${table}.jsonl`))}, format = 'newline_delimited', columns = ${columns}) ORDER BY doc_id, seq) ` +
            `TO ${sqlString(join(this.lake.dir, table))} (${PARQUET}, FILENAME_PATTERN '${batchFilePrefix(batch)}{i}')`
        );
      }
    } finally {
      rmSync(this.temp, { recursive: true, force: true });
    }
    writeManifest(this.lake.dir, { version: MANIFEST_VERSION, parser, batch, docs, replaces: null });
    return batch;
  }
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
      await lake.connection.run(
        `COPY (SELECT * FROM ${parquetFiles(files.map((path) => ({ path })))} WHERE doc_id IN (${ids})) TO ${sqlString(join(lake.dir, table))} (${PARQUET}, FILENAME_PATTERN '${batchFilePrefix(next)}{i}')`
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
  return tableFiles(dir, table).filter((file) => file.name.startsWith(batchFilePrefix(batch))).map((file) => file.path);
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
    for (const file of tableFiles(dir, table)) {
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

