/**
 * What each dashboard page asks the database, as plain functions of (executor, filters): the
 * routes run them in the browser and the build runs the same ones in Node to precompute the
 * default views (see summary.ts), so a first paint and a DuckDB answer can never differ.
 */
import { compareRowsQuery, overview, functionStructure, ranking, sangongTrend } from './queries';
import type { Executor, Filters, FunctionShareRow, OverviewRow, RankingRow, SangongTrendRow, TablePage } from './types';
import { DEFAULT_PAGE } from './types';

export const RANKING_MAX = 30;
/** Units 对比 shows without a pick, unless the page asks for another number (compare/view.ts). */
export const COMPARE_DEFAULT_TOP = 20;

/** 总览 ranking chart: the top N by appropriation, with the count and median of the whole selection. */
export const overviewRanking = (db: Executor, filters: Filters): Promise<RankingRow[]> => ranking(db, filters, RANKING_MAX);

/** One page of the 总览 table; `total` counts the whole selection. */
export async function overviewTable(db: Executor, filters: Filters, page: TablePage = DEFAULT_PAGE): Promise<{ rows: OverviewRow[]; total: number }> {
  const rows = await overview(db, filters, page);
  return { rows, total: rows[0]?.total_rows ?? (page.offset > 0 ? page.offset : 0) };
}

export interface ComparePage { rows: OverviewRow[]; structure: FunctionShareRow[]; trend: SangongTrendRow[]; capped: boolean }

/**
 * The units 对比 shows: the picked ones (any number, in pick order: colours go by position), or
 * without a pick the first `top` in the overview's order. `total` counts the selection, so the
 * page can say how many it folds away; `missing` lists picked ids the selection has no row for.
 */
export interface CompareRows { rows: OverviewRow[]; total: number; capped: boolean; missing: string[] }

// The page's three parts each need the rows; one overview query serves them all.
let last: { db: Executor; key: string; rows: Promise<CompareRows> } | null = null;

export function compareRows(db: Executor, filters: Filters, top: number): Promise<CompareRows> {
  const key = JSON.stringify([filters, top]);
  if (last?.db === db && last.key === key) return last.rows;
  const rows = pickRows(db, filters, top);
  last = { db, key, rows };
  return rows;
}

async function pickRows(db: Executor, filters: Filters, top: number): Promise<CompareRows> {
  if (filters.units.length) {
    const position = new Map(filters.units.map((id, index) => [id, index]));
    const rows = (await compareRowsQuery(db, filters, null)).sort((a, b) => position.get(a.unit_id)! - position.get(b.unit_id)! || b.year - a.year);
    const found = new Set(rows.map((r) => r.unit_id));
    return { rows, total: rows.length, capped: false, missing: filters.units.filter((id) => !found.has(id)) };
  }
  // The overview's default order, cut in SQL; total_rows counts the whole selection.
  const rows = await compareRowsQuery(db, filters, top);
  const total = rows[0]?.total_rows ?? 0;
  return { rows, total, capped: total > rows.length, missing: [] };
}

const shownFilters = (filters: Filters, rows: OverviewRow[]): Filters => ({ ...filters, units: [...new Set(rows.map((r) => r.unit_id))] });

/** 对比's function structure and 三公 trend, for the units compareRows shows (each a query of its own). */
export const compareStructure = async (db: Executor, filters: Filters, top: number): Promise<FunctionShareRow[]> => {
  const { rows } = await compareRows(db, filters, top);
  return rows.length ? functionStructure(db, shownFilters(filters, rows)) : [];
};
export const compareTrend = async (db: Executor, filters: Filters, top: number): Promise<SangongTrendRow[]> => {
  const { rows } = await compareRows(db, filters, top);
  return rows.length ? sangongTrend(db, shownFilters(filters, rows)) : [];
};

export interface CompareAll extends CompareRows { structure: FunctionShareRow[]; trend: SangongTrendRow[] }

/**
 * The whole 对比 page at once: the page shows it in one step, so each chart draws once per filter
 * change (drawn part by part, three of them drew twice: with the new rows, then with their own
 * answer). The build precomputes the default view with it; tests compare it.
 */
export async function compareAll(db: Executor, filters: Filters, top = COMPARE_DEFAULT_TOP): Promise<CompareAll> {
  const [picked, structure, trend] = await Promise.all([compareRows(db, filters, top), compareStructure(db, filters, top), compareTrend(db, filters, top)]);
  return { ...picked, structure, trend };
}

export async function comparePage(db: Executor, filters: Filters, top = COMPARE_DEFAULT_TOP): Promise<ComparePage> {
  const all = await compareAll(db, filters, top);
  return { rows: all.rows, structure: all.structure, trend: all.trend, capped: all.capped };
}
