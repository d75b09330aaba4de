/** The dataset files the app loads (DESIGN.md "The dataset") and how each column is typed in DuckDB. */
export const DATASET_TABLES = ['units', 'tables', 'lines', 'unit_summary', 'findings'] as const;
export type DatasetTable = (typeof DATASET_TABLES)[number];

const INTEGER_COLUMNS = new Set([
  'year', 'page', 'first_line', 'last_line', 'level', 'findings',
  'staff_quota', 'staff_actual', 'staff_active', 'staff_retired', 'staff_retired_veteran', 'vehicles'
]);
const AMOUNT_COLUMNS = new Set([
  'amount', 'income_total', 'appropriation', 'general_budget', 'gov_fund', 'state_capital', 'carryover',
  'expenditure_total', 'basic', 'project', 'personnel', 'public_funds', 'sangong_total', 'sangong_outbound',
  'sangong_reception', 'sangong_vehicle_total', 'sangong_vehicle_purchase', 'sangong_vehicle_operation',
  'operating_costs', 'procurement_total'
]);

/** DuckDB type of a dataset column, the same as the Arrow stream files give (Float64 万元, Int32, Utf8). */
export function columnType(column: string): 'DOUBLE' | 'INTEGER' | 'VARCHAR' {
  if (AMOUNT_COLUMNS.has(column)) return 'DOUBLE';
  if (INTEGER_COLUMNS.has(column)) return 'INTEGER';
  return 'VARCHAR';
}
