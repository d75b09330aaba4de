/**
 * Typed query functions: one named SQL view per file in ./queries, bound to values only
 * (never to pasted text). The same functions run on duckdb-wasm and on DuckDB in Node.
 */
import preferredSummarySql from './queries/preferred_summary.sql?raw';
import selectionSql from './queries/selection.sql?raw';
import rankingSql from './queries/ranking.sql?raw';
import functionTableRankSql from './queries/function_table_rank.sql?raw';
import functionLinesSql from './queries/function_lines.sql?raw';
import overviewSql from './queries/overview.sql?raw';
import headlineSql from './queries/headline.sql?raw';
import functionStructureSql from './queries/function_structure.sql?raw';
import sangongTrendSql from './queries/sangong_trend.sql?raw';
import filterOptionsSql from './queries/filter_options.sql?raw';
import unitProfileSql from './queries/unit_profile.sql?raw';
import unitFunctionsSql from './queries/unit_functions.sql?raw';
import unitProjectsSql from './queries/unit_projects.sql?raw';
import unitTablesSql from './queries/unit_tables.sql?raw';
import findingsSql from './queries/findings.sql?raw';
import uncertainTablesSql from './queries/uncertain_tables.sql?raw';
import topUnitsSql from './queries/top_units.sql?raw';
import documentSummarySql from '../findings/document_summary.sql?raw';
import skippedChecksSql from '../findings/skipped_checks.sql?raw';
import compareRowsSql from './queries/compare_rows.sql?raw';
import { SETUP_NAMES, type SetupName } from './setup-names';
import type { PartsNeed } from './parts-loader';
import type {
  Executor, FilterOptionRow, Filters, FindingViewRow, FunctionLineRow, FunctionShareRow, HeadlineRow,
  OverviewRow, Param, ProjectRow, RankingRow, SangongTrendRow, Severity, TableInfoRow, TablePage, TopUnitRow, UncertainTableRow, UnitProfileRow
} from './types';

const SETUP_SOURCES: Record<SetupName, string> = {
  preferred_summary: preferredSummarySql,
  selection: selectionSql,
  function_table_rank: functionTableRankSql,
  function_lines: functionLinesSql
};

export const VIEWS = {
  overview: overviewSql,
  top_units: topUnitsSql,
  compare_rows: compareRowsSql,
  ranking: rankingSql,
  headline: headlineSql,
  function_structure: functionStructureSql,
  sangong_trend: sangongTrendSql,
  filter_options: filterOptionsSql,
  unit_profile: unitProfileSql,
  unit_functions: unitFunctionsSql,
  unit_projects: unitProjectsSql,
  unit_tables: unitTablesSql,
  findings: findingsSql,
  uncertain_tables: uncertainTablesSql,
  document_summary: documentSummarySql,
  skipped_checks: skippedChecksSql
} as const;
export type ViewName = keyof typeof VIEWS;

/** The macros and tables the views share; run after the tables are loaded (and after imports change them), in SETUP_NAMES order. */
export async function setupViews(db: Executor): Promise<void> {
  for (const name of SETUP_NAMES) {
    const start = performance.now();
    await db.exec(SETUP_SOURCES[name]);
    performance.measure(`setup:${name}`, { start }); // the bench tells each statement's share of getting ready
  }
}

/** unit_selection's eight parameters ($1–$8 of every view that selects unit-years). */
function selectionParams(filters: Filters): Param[] {
  return [filters.year, filters.city, filters.region, filters.basis, blankToNull(filters.q), filters.units.join(','), filters.kind, filters.scope];
}

function blankToNull(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Runs one statement and types its rows (a feature folder's own SQL runs through this too). */
export async function selectRows<T>(db: Executor, sql: string, params: readonly Param[]): Promise<T[]> {
  return (await db.all(sql, params)) as T[];
}

const view = <T>(db: Executor, name: ViewName, params: Param[]): Promise<T[]> => selectRows<T>(db, VIEWS[name], params);

/**
 * Loads the partitions a query reads (lines beyond the core, tables, summary_sources) before it
 * runs, so its answer — and the answer kept for it — is made with them. Nothing where every table is whole.
 */
export const needParts = async (db: Executor, need: PartsNeed): Promise<void> => db.parts?.(need);

/** The partitions a selection filtered like findings reads: its unit's, or its place's (every one when unfiltered). */
export const selectionParts = (f: { city: string | null; region: string | null; unitId: string | null }): PartsNeed =>
  f.unitId ? { unit: f.unitId } : { city: f.city, region: f.region };

/** Runs a view once the partitions it reads are in. */
const partsView = async <T>(db: Executor, need: PartsNeed, name: ViewName, params: Param[]): Promise<T[]> => {
  await needParts(db, need);
  return view<T>(db, name, params);
};

const ALL_ROWS: TablePage = { sort: 'default', descending: true, limit: null, offset: 0 };

/** The overview rows of the selection, sorted and paged in SQL (every row unless a page is given). */
export const overview = (db: Executor, filters: Filters, page: TablePage = ALL_ROWS) =>
  view<OverviewRow>(db, 'overview', [...selectionParams(filters), page.sort, page.descending ? 'desc' : 'asc', page.limit, page.offset]);

/** 对比's rows in the overview's default order, at most `max` (null = all); no peer medians (null). */
export const compareRowsQuery = (db: Executor, filters: Filters, max: number | null) => view<OverviewRow>(db, 'compare_rows', [...selectionParams(filters), max]);

/** The `max` unit-years with the largest appropriation, each carrying the count and median of the whole selection. */
export const ranking = (db: Executor, filters: Filters, max: number) => view<RankingRow>(db, 'ranking', [...selectionParams(filters), max]);

/** The units a comparison shows when none is picked (at most `max`), each row carrying the selection's unit count. */
export const topUnits = (db: Executor, filters: Filters, max: number) => view<TopUnitRow>(db, 'top_units', [...selectionParams(filters), max]);

export async function headline(db: Executor, filters: Filters): Promise<HeadlineRow> {
  const [row] = await view<HeadlineRow>(db, 'headline', selectionParams(filters));
  return row ?? { year: null, units: 0, dept_documents: 0, unit_documents: 0, with_other_scope: 0, income_total: null, expenditure_total: null, unit_years: 0, appropriation: null, basic: null, project: null, personnel: null, public_funds: null, sangong_total: null, operating_costs: null, staff_active: null, median_appropriation: null };
}

export const functionStructure = (db: Executor, filters: Filters) =>
  view<FunctionShareRow>(db, 'function_structure', selectionParams(filters));

/** 三公 by year for the selected units: every year up to the year filter, both bases, one kind and 口径 preference. */
export const sangongTrend = (db: Executor, filters: Filters) =>
  view<SangongTrendRow>(db, 'sangong_trend', [filters.year, filters.city, filters.region, blankToNull(filters.q), filters.units.join(','), filters.kind, filters.scope]);

export const filterOptions = (db: Executor) => view<FilterOptionRow>(db, 'filter_options', []);

export const unitProfile = (db: Executor, unitId: string) => view<UnitProfileRow>(db, 'unit_profile', [unitId]);

/** One document's 类→款→项 (the unit page picks the document: see unit/document.ts). */
export const unitFunctions = (db: Executor, docId: string, year: number, basis: Filters['basis']) =>
  partsView<FunctionLineRow>(db, { docs: [docId] }, 'unit_functions', [docId, year, basis]);

export const unitProjects = (db: Executor, docId: string) => partsView<ProjectRow>(db, { docs: [docId] }, 'unit_projects', [docId]);

export const unitTables = (db: Executor, unitId: string) => partsView<TableInfoRow>(db, { unit: unitId }, 'unit_tables', [unitId]);

export interface FindingFilters {
  year: number | null;
  city: string | null;
  region: string | null;
  q: string | null;
  severity: Severity | null;
  unitId: string | null;
}

export const findings = (db: Executor, f: FindingFilters) =>
  view<FindingViewRow>(db, 'findings', [f.year, f.city, f.region, blankToNull(f.q), f.severity, f.unitId ?? '']);

/**
 * Findings about our reading rather than the unit's figures: a table that could not be read with
 * certainty (table-uncertain, listed from tables.quality instead) and the parse notes about single
 * figures we could not place. The pages show them apart, so one misread table never reads as a
 * list of the unit's mistakes.
 */
export const TABLE_UNCERTAIN_RULE = 'table-uncertain';
const FIGURE_READING_RULES: ReadonlySet<string> = new Set(['parse:column-ambiguous', 'parse:figure-unplaced', 'parse:table-line-unreadable', 'parse:row-unidentified', 'unplaced-figures']);

export interface SplitFindings {
  /** About the unit's own document: its arithmetic, its narrative, its wording. */
  own: FindingViewRow[];
  /** Figures we could not place (the tables they belong to are listed by uncertainTables). */
  reading: FindingViewRow[];
}

export function splitFindings(rows: readonly FindingViewRow[]): SplitFindings {
  const split: SplitFindings = { own: [], reading: [] };
  for (const row of rows) {
    if (row.rule_id === TABLE_UNCERTAIN_RULE) continue;
    (FIGURE_READING_RULES.has(row.rule_id) ? split.reading : split.own).push(row);
  }
  return split;
}

/** Tables whose reading did not reconcile, filtered like findings (severity aside). */
export const uncertainTables = (db: Executor, f: Omit<FindingFilters, 'severity'>) =>
  partsView<UncertainTableRow>(db, selectionParts(f), 'uncertain_tables', [f.year, f.city, f.region, blankToNull(f.q), f.unitId ?? '']);
