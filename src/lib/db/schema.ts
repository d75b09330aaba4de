import { AMOUNT_COLUMNS, BOOLEAN_COLUMNS, COLUMNS, COUNT_COLUMNS, INTEGER_COLUMNS } from '../normalise/rows';

/** The dataset files the app loads (DESIGN.md "The dataset") and how each column is typed in DuckDB. */
export const DATASET_TABLES = ['units', 'tables', 'lines', 'unit_summary', 'findings', 'checks', 'summary_sources'] as const;
export type DatasetTable = (typeof DATASET_TABLES)[number];

/** DuckDB type of a dataset column, the same as the Arrow stream files give (Float64 万元, Int64, Int32, Bool, Utf8). */
export function columnType(column: string): 'DOUBLE' | 'BIGINT' | 'INTEGER' | 'BOOLEAN' | 'VARCHAR' {
  if (AMOUNT_COLUMNS.has(column)) return 'DOUBLE';
  if (COUNT_COLUMNS.has(column)) return 'BIGINT';
  if (INTEGER_COLUMNS.has(column)) return 'INTEGER';
  if (BOOLEAN_COLUMNS.has(column)) return 'BOOLEAN';
  return 'VARCHAR';
}

/**
 * Tables a dataset written before them lacks (summary_sources came with provenance): loaded empty
 * rather than refusing the whole dataset, so an older dataset keeps working without its sources.
 */
export const OPTIONAL_TABLES: ReadonlySet<DatasetTable> = new Set<DatasetTable>(['summary_sources']);

/** CREATE TABLE for an empty dataset table, typed as its Arrow stream would be (names from our schema, never user text). */
export function emptyTableSql(name: DatasetTable): string {
  return `CREATE TABLE "${name}" (${COLUMNS[name].map((column) => `"${column}" ${columnType(column)}`).join(', ')})`;
}
