/**
 * The Parquet lake (issue 13): every dataset table as ZSTD Parquet, hive-partitioned by the
 * document's province (its 2-digit GB/T 2260 code) and year:
 *   <lake>/lines/part_province=31/part_year=2024/batch-<id>-0.parquet
 *   <lake>/_manifest/batch-<id>.json   (which documents a batch holds; written last)
 * Partition keys are columns of their own (part_province, part_year), never data columns: the
 * files keep every dataset column, the keys are ASCII (Trino and Spark decode %-escaped UTF-8
 * path names byte by byte) and never null ("unknown" where the document gives no year or place).
 * Amounts are DECIMAL(18,6) 万元 — exact to the 分 in any engine. Each row carries `seq`, its
 * position in its document, so the dataset order is rebuilt exactly.
 */
import { join } from 'node:path';
import { AMOUNT_COLUMNS, COLUMNS, type Dataset, type UnitRow } from '../../lib/normalise/rows';
import { columnType } from '../../lib/db/schema';

export const LAKE_TABLES = ['units', 'unit_summary', 'lines', 'tables', 'findings', 'checks', 'summary_sources'] as const satisfies readonly (keyof Dataset)[];
export type LakeTable = (typeof LAKE_TABLES)[number];
export const MANIFEST_DIR = '_manifest';
export const UNKNOWN = 'unknown';

export interface PartitionValues {
  part_province: string;
  part_year: string;
}

/** A document's partition: the province part of its unit's division code, and its year. */
export function partitionOf(unit: Pick<UnitRow, 'unit_id' | 'year'>): PartitionValues {
  const province = /^(\d{2})\d{4}-/.exec(unit.unit_id)?.[1];
  return {
    part_province: province && province !== '00' ? province : UNKNOWN,
    part_year: unit.year === null ? UNKNOWN : String(unit.year)
  };
}

/** DuckDB/Trino/Spark type of a lake column: the app's types, except amounts, which stay exact. */
export function lakeColumnType(column: string): string {
  return AMOUNT_COLUMNS.has(column) ? 'DECIMAL(18,6)' : columnType(column);
}

export function lakeColumns(table: LakeTable): readonly string[] {
  return COLUMNS[table];
}

/** Every Parquet file of a table, as a glob DuckDB reads (partition folders, then files). */
export function tableGlob(lake: string, table: LakeTable): string {
  return join(lake, table, '*', '*', '*.parquet');
}

export function batchFilePrefix(batch: string): string {
  return `batch-${batch}-`;
}
