/**
 * How a dataset is split for the browser (DESIGN.md "The dataset", issue 13): units, unit_summary,
 * findings and checks load whole, up front; lines, tables and summary_sources are written per
 * partition — the documents of one 区县 (province, city, region) — and fetched when a page needs
 * them, so a province's dataset opens as fast as a county's. The few lines that views over many
 * units read (each document's 功能分类 类 totals and its 三公 rows) are the "core" lines: they
 * load up front in lines.arrows, and the partition files hold the other lines, so a table
 * loaded from both never holds a row twice. The CSV files always hold every row.
 * Pure and browser-safe: the CLI writes by it, the app reads by it.
 */
import type { LineRow, UnitRow } from '../normalise/rows';

/** The tables loaded whole, up front (lines.arrows beside them holds the core lines only when a dataset is partitioned). */
export const WHOLE_TABLES = ['units', 'unit_summary', 'findings', 'checks'] as const;

/** Tables written per partition and loaded on demand. */
export const PARTITIONED_TABLES = ['lines', 'tables', 'summary_sources'] as const;
export type PartitionedTable = (typeof PARTITIONED_TABLES)[number];

/** The index of a partitioned dataset; a dataset without it has every table whole (older datasets, synthetic ones). */
export const PARTS_INDEX = 'parts.json';
export const PARTS_VERSION = 1;

export interface Partition {
  /** 16 hex digits naming the partition's files (FNV-1a 64 of province, city, region). */
  key: string;
  province: string | null;
  city: string | null;
  region: string | null;
  /** doc_ids of the documents in this partition, sorted. */
  docs: string[];
  /** Rows per partitioned table in this partition's files (core lines not counted: they are in lines.arrows). */
  rows: Record<PartitionedTable, number>;
  /** Bytes per file, so a page can say how much it is about to fetch. */
  bytes: Record<PartitionedTable, number>;
}

export interface PartsIndex {
  version: typeof PARTS_VERSION;
  partitions: Partition[];
}

type Place = Pick<UnitRow, 'province' | 'city' | 'region'>;

/** The partition a document's rows go to: its unit's 区县. */
export function partitionKey(place: Place): string {
  return fnv1a64([place.province ?? '', place.city ?? '', place.region ?? ''].join('\u0001'));
}

/** `part-lines-0123456789abcdef.arrows` (flat: the dataset folder has no subfolders). */
export function partFileName(table: PartitionedTable, key: string): string {
  return `part-${table}-${key}.arrows`;
}

/**
 * Lines that views over many units read, loaded up front: a document's 功能分类 类 totals from the
 * tables function_lines may choose (function_lines.sql), and every 三公 row (execution.sql).
 */
export function isCoreLine(row: Pick<LineRow, 'table' | 'classification' | 'level' | 'measure'>): boolean {
  if (row.classification === 'sangong') return true;
  return row.classification === 'function' && row.level === 1 && row.measure === 'total' && CORE_FUNCTION_TABLES.has(row.table);
}
const CORE_FUNCTION_TABLES: ReadonlySet<string> = new Set(['t3', 'appropriation_expenditure', 't5']);

/** isCoreLine as an SQL condition on the lines table `alias` (the CLI selects core lines from its lake with it). */
export function coreLineSql(alias: string): string {
  const tables = [...CORE_FUNCTION_TABLES].map((table) => `'${table}'`).join(', ');
  return `(${alias}.classification = 'sangong' OR (${alias}.classification = 'function' AND ${alias}.level = 1 AND ${alias}.measure = 'total' AND ${alias}."table" IN (${tables})))`;
}

/** FNV-1a, 64 bits, over the UTF-8 bytes: stable across runs and machines, no crypto needed in the browser. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
