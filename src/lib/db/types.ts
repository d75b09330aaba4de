import type { TableOutRow } from '../normalise/rows';
import type { PartsNeed } from './parts-loader';
/** What the pages ask the database and what comes back (amounts are Float64 万元 as loaded). */
export type Param = string | number | null;
export type Row = Record<string, unknown>;

/** Runs one parameterised statement ($1, $2 … bound as values). Browser (duckdb-wasm) and Node share it. */
export interface Executor {
  all(sql: string, params: readonly Param[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  /** Loads the partitions a query reads, before it runs (a partitioned dataset in the browser); absent where every table is whole. */
  parts?(need: PartsNeed): Promise<void>;
}

export type Basis = 'stated' | 'prior';
/** Which document a unit-year is read from: its kind, and which 口径 wins when both exist. */
export type DocKind = '预算' | '决算';
export type ScopePreference = 'dept' | 'unit';

export interface Filters {
  /** One year at a time; null = the latest year the selection has (never a sum over years). */
  year: number | null;
  city: string | null;
  region: string | null;
  basis: Basis;
  /** Unit name search text (or an exact unit_id). */
  q: string | null;
  /** Selected unit ids for comparisons; empty = all. */
  units: string[];
  /** 预算 or 决算 documents. */
  kind: DocKind;
  /** 部门优先: a unit-year with a 部门 and a 单位 document shows the 部门 one; 单位优先 the other. */
  scope: ScopePreference;
}

export const DEFAULT_FILTERS: Filters = { year: null, city: null, region: null, basis: 'stated', q: null, units: [], kind: '预算', scope: 'dept' };

export interface OverviewRow {
  unit_id: string;
  unit_name: string;
  city: string | null;
  region: string | null;
  year: number;
  basis: Basis;
  doc_kind: string | null;
  doc_scope: string | null;
  /** Documents of this kind the unit-year has (2 = the other 口径 exists too). */
  scope_documents: number;
  doc_id: string;
  income_total: number | null;
  expenditure_total: number | null;
  appropriation: number | null;
  general_budget: number | null;
  gov_fund: number | null;
  basic: number | null;
  project: number | null;
  personnel: number | null;
  public_funds: number | null;
  sangong_total: number | null;
  sangong_outbound: number | null;
  sangong_reception: number | null;
  sangong_vehicle_total: number | null;
  sangong_vehicle_purchase: number | null;
  sangong_vehicle_operation: number | null;
  operating_costs: number | null;
  staff_quota: number | null;
  staff_actual: number | null;
  staff_active: number | null;
  appropriation_per_staff: number | null;
  personnel_per_staff: number | null;
  public_funds_per_staff: number | null;
  rank_appropriation: number | null;
  peer_median_appropriation: number | null;
  peer_median_per_staff: number | null;
  /** Rows in the whole selection (the view returns one page of them). */
  total_rows: number;
}

export interface HeadlineRow {
  /** The year shown (the latest of the selection unless one is asked for); null when nothing is selected. */
  year: number | null;
  units: number;
  dept_documents: number;
  unit_documents: number;
  /** Unit-years that also have a document of the other 口径. */
  with_other_scope: number;
  income_total: number | null;
  expenditure_total: number | null;
  unit_years: number;
  appropriation: number | null;
  basic: number | null;
  project: number | null;
  personnel: number | null;
  public_funds: number | null;
  sangong_total: number | null;
  operating_costs: number | null;
  staff_active: number | null;
  median_appropriation: number | null;
}

export interface FunctionShareRow {
  unit_id: string;
  unit_name: string;
  year: number;
  basis: Basis;
  /** The document the figures are read from (tooltips name it). */
  doc_scope: string | null;
  doc_kind: string | null;
  code: string;
  name: string;
  amount: number;
  share: number | null;
}

export interface SangongTrendRow {
  unit_id: string;
  unit_name: string;
  year: number;
  basis: Basis;
  /** The document the year's figures are read from (tooltips name it). */
  doc_scope: string | null;
  doc_kind: string | null;
  sangong_total: number | null;
  sangong_outbound: number | null;
  sangong_reception: number | null;
  sangong_vehicle_total: number | null;
  sangong_vehicle_purchase: number | null;
  sangong_vehicle_operation: number | null;
  /** How many of the three items the year states (3 = complete). */
  items_known: number;
  change_total: number | null;
}

export interface FilterOptionRow {
  kind: 'year' | 'kind' | 'city' | 'region' | 'unit';
  value: string;
  parent: string | null;
  label: string | null;
}

export interface UnitProfileRow extends Omit<OverviewRow, 'appropriation_per_staff' | 'personnel_per_staff' | 'public_funds_per_staff' | 'rank_appropriation' | 'peer_median_appropriation' | 'peer_median_per_staff' | 'total_rows' | 'scope_documents'> {
  carryover: number | null;
  state_capital: number | null;
  procurement_total: number | null;
  staff_retired: number | null;
  staff_retired_veteran: number | null;
  vehicles: number | null;
  doc_kind: string | null;
  province: string | null;
  name_variants: string | null;
  source_file: string | null;
  published_on: string | null;
}

export interface FunctionLineRow {
  code: string;
  name: string;
  level: number;
  amount: number;
}

export interface ProjectRow {
  name: string;
  code: string | null;
  amount: number;
  source_line: string;
}

/** A row of unit_tables: tables.csv without the unit id (the page already knows the unit). */
export type TableInfoRow = Omit<TableOutRow, 'unit_id' | 'year'> & { year: number };

export type Severity = 'error' | 'warning' | 'info';

/** A table whose reading did not reconcile (tables.quality = 'uncertain'), with its unit's name. */
export interface UncertainTableRow {
  unit_id: string;
  unit_name: string;
  year: number | null;
  doc_id: string;
  table: string;
  title_as_printed: string;
  page: number | null;
  first_line: number | null;
  last_line: number | null;
  quality_note: string | null;
}

export interface FindingViewRow {
  unit_id: string;
  unit_name: string;
  city: string | null;
  region: string | null;
  year: number | null;
  rule_id: string;
  severity: Severity;
  message: string;
  expected: string | null;
  actual: string | null;
  source_lines: string;
  doc_id: string;
}

/** How the overview table is sorted and which page of it is shown (sorted and paged in SQL). */
export interface TablePage {
  /** An overview column, or 'default' (latest year first, then the largest appropriation). */
  sort: keyof OverviewRow | 'default';
  descending: boolean;
  /** null = every row (CSV export). */
  limit: number | null;
  offset: number;
}

export const DEFAULT_PAGE: TablePage = { sort: 'appropriation', descending: true, limit: 50, offset: 0 };

export interface TopUnitRow {
  unit_id: string;
  total_units: number;
}

export interface RankingRow extends Pick<OverviewRow, 'unit_id' | 'unit_name' | 'year' | 'basis' | 'appropriation' | 'doc_scope' | 'doc_kind'> {
  /** Unit-years of the selection with an appropriation. */
  ranked: number;
  median_appropriation: number | null;
}
