/**
 * The dataset contract (DESIGN.md "The dataset"): one row type and one column list per file.
 * Amounts are 分 here and written as exact 万元 decimals; null means "not stated" (blank cell).
 */
import type { Fen } from '../model/amount';

export type Basis = 'stated' | 'prior';

export interface UnitRow {
  unit_id: string;
  unit_name: string;
  name_variants: string;
  region: string | null;
  city: string | null;
  province: string | null;
  year: number | null;
  doc_kind: string | null;
  doc_scope: string | null;
  published_on: string | null;
  source_file: string;
  source_sha256: string;
  parse_warnings: string;
  doc_id: string;
}

export interface TableOutRow {
  unit_id: string;
  year: number | null;
  doc_id: string;
  table: string;
  title_as_printed: string;
  unit_of_measure: string;
  page: number | null;
  first_line: number | null;
  last_line: number | null;
  status: string;
  /** reconciled / uncertain (present tables; blank otherwise). */
  quality: string | null;
  quality_note: string | null;
}

export interface LineRow {
  unit_id: string;
  year: number | null;
  basis: Basis;
  table: string;
  classification: string;
  code: string | null;
  name: string;
  level: number;
  measure: string;
  amount: Fen;
  source_line: string;
  doc_id: string;
  /** Page of the source line in its file. */
  page: number | null;
  /** x0 y0 x1 y1 in PDF points (page as displayed, y from the top); blank for text. */
  box: string | null;
  /** False for a figure of a table whose own arithmetic did not reconcile. */
  certain: boolean;
}

export const SUMMARY_AMOUNTS = [
  'income_total',
  'appropriation',
  'general_budget',
  'gov_fund',
  'state_capital',
  'carryover',
  'expenditure_total',
  'basic',
  'project',
  'personnel',
  'public_funds',
  'sangong_total',
  'sangong_outbound',
  'sangong_reception',
  'sangong_vehicle_total',
  'sangong_vehicle_purchase',
  'sangong_vehicle_operation',
  'operating_costs',
  'procurement_total'
] as const;
export type SummaryAmount = (typeof SUMMARY_AMOUNTS)[number];

export const SUMMARY_COUNTS = ['staff_quota', 'staff_actual', 'staff_active', 'staff_retired', 'staff_retired_veteran', 'vehicles'] as const;
export type SummaryCount = (typeof SUMMARY_COUNTS)[number];

export type SummaryRow = {
  unit_id: string;
  unit_name: string;
  region: string | null;
  city: string | null;
  year: number | null;
  basis: Basis;
  doc_kind: string | null;
  doc_scope: string | null;
  doc_id: string;
} & Record<SummaryAmount, Fen | null> &
  Record<SummaryCount, number | null>;

export interface FindingRow {
  unit_id: string;
  year: number | null;
  rule_id: string;
  severity: string;
  message: string;
  expected: string | null;
  actual: string | null;
  source_lines: string;
  doc_id: string;
}

/** Rule runs, including skipped ones with their reason (an addition to DESIGN.md: a skipped rule is never silent). */
export interface CheckRunRow {
  unit_id: string;
  year: number | null;
  doc_id: string;
  rule_id: string;
  status: string;
  why: string | null;
  findings: number;
}

/**
 * Where each unit_summary figure comes from (an addition to DESIGN.md, for provenance): the table
 * cell or narrative line the resolver answered with, or — for a figure derived from others — the
 * formula and its inputs (other figures of the same row, each with its own source row).
 */
export interface SummarySourceRow {
  unit_id: string;
  year: number | null;
  basis: Basis;
  doc_id: string;
  /** The unit_summary column. */
  figure: string;
  /** What the source is, in Chinese (表1 收支总表 “收入总计” 合计, or 说明). */
  label: string;
  /** `file:line`; blank for a figure derived only from other figures. */
  source_line: string | null;
  page: number | null;
  /** x0 y0 x1 y1 in PDF points (page as displayed, y from the top); blank for text and narrative. */
  box: string | null;
  /** How the figure is computed from what is printed (上年数: 本年数 − 比上年增加数), blank when printed as is. */
  formula: string | null;
  /** Space-separated unit_summary columns the formula adds (derived sums), blank otherwise. */
  inputs: string | null;
}

export interface Dataset {
  units: UnitRow[];
  tables: TableOutRow[];
  lines: LineRow[];
  unit_summary: SummaryRow[];
  findings: FindingRow[];
  checks: CheckRunRow[];
  summary_sources: SummarySourceRow[];
}

/**
 * Column order per file: DESIGN.md's columns, then `doc_id` (an addition: a unit and year can
 * have both a 部门 and a 单位 document, and lines/findings must say which one they belong to).
 */
export const COLUMNS = {
  units: ['unit_id', 'unit_name', 'name_variants', 'region', 'city', 'province', 'year', 'doc_kind', 'doc_scope', 'published_on', 'source_file', 'source_sha256', 'parse_warnings', 'doc_id'],
  tables: ['unit_id', 'year', 'doc_id', 'table', 'title_as_printed', 'unit_of_measure', 'page', 'first_line', 'last_line', 'status', 'quality', 'quality_note'],
  lines: ['unit_id', 'year', 'basis', 'table', 'classification', 'code', 'name', 'level', 'measure', 'amount', 'source_line', 'doc_id', 'page', 'box', 'certain'],
  unit_summary: ['unit_id', 'unit_name', 'region', 'city', 'year', 'basis', 'doc_kind', 'doc_scope', ...SUMMARY_AMOUNTS, ...SUMMARY_COUNTS, 'doc_id'],
  findings: ['unit_id', 'year', 'rule_id', 'severity', 'message', 'expected', 'actual', 'source_lines', 'doc_id'],
  checks: ['unit_id', 'year', 'doc_id', 'rule_id', 'status', 'why', 'findings'],
  summary_sources: ['unit_id', 'year', 'basis', 'doc_id', 'figure', 'label', 'source_line', 'page', 'box', 'formula', 'inputs']
} as const satisfies Record<keyof Dataset, readonly string[]>;

/** Which columns hold whole numbers. */
export const INTEGER_COLUMNS: ReadonlySet<string> = new Set<string>(['year', 'page', 'first_line', 'last_line', 'level', 'findings', ...SUMMARY_COUNTS]);

/**
 * Whole-number columns that are counts (staff, vehicles, findings per rule): 64-bit, since a
 * document may print any number; the other whole numbers (year, page, line, level) are 32-bit.
 */
export const COUNT_COLUMNS: ReadonlySet<string> = new Set<string>([...SUMMARY_COUNTS, 'findings']);

/** Which columns hold true/false. */
export const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set<string>(['certain']);

/**
 * Text columns whose values repeat from row to row (ids, names, places, codes, labels, statuses,
 * source lines): the Arrow files store each distinct value once per record batch (dictionary
 * encoding) — about half the bytes a page fetches up front. Free text (messages, notes, boxes,
 * formulas) stays plain. Any Arrow reader sees the same strings; DuckDB types them VARCHAR.
 */
export const DICTIONARY_COLUMNS: ReadonlySet<string> = new Set<string>([
  'unit_id', 'unit_name', 'name_variants', 'region', 'city', 'province', 'doc_kind', 'doc_scope', 'source_file', 'doc_id',
  'table', 'title_as_printed', 'unit_of_measure', 'status', 'quality', 'basis', 'classification', 'code', 'name', 'measure',
  'source_line', 'rule_id', 'severity', 'why', 'figure', 'label'
]);

/** Which columns hold amounts in 分 (written as 万元). */
export const AMOUNT_COLUMNS: ReadonlySet<string> = new Set<string>(['amount', ...SUMMARY_AMOUNTS]);
