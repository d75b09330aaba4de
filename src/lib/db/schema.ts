import { AMOUNT_COLUMNS, INTEGER_COLUMNS } from '../normalise/rows';

/** The dataset files the app loads (DESIGN.md "The dataset") and how each column is typed in DuckDB. */
export const DATASET_TABLES = ['units', 'tables', 'lines', 'unit_summary', 'findings'] as const;
export type DatasetTable = (typeof DATASET_TABLES)[number];

/** DuckDB type of a dataset column, the same as the Arrow stream files give (Float64 万元, Int32, Utf8). */
export function columnType(column: string): 'DOUBLE' | 'INTEGER' | 'VARCHAR' {
  if (AMOUNT_COLUMNS.has(column)) return 'DOUBLE';
  if (INTEGER_COLUMNS.has(column)) return 'INTEGER';
  return 'VARCHAR';
}
