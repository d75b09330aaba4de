/**
 * What each dashboard page asks the database, as plain functions of (executor, filters): the
 * routes run them in the browser and the build runs the same ones in Node to precompute the
 * default views (see summary.ts), so a first paint and a DuckDB answer can never differ.
 */
import { overview, functionStructure, ranking, sangongTrend, topUnits } from './queries';
import type { Executor, Filters, FunctionShareRow, OverviewRow, RankingRow, SangongTrendRow, TablePage } from './types';
import { DEFAULT_PAGE } from './types';

export const RANKING_MAX = 30;
export const COMPARE_MAX_UNITS = 20;

/** 总览 ranking chart: the top N by appropriation, with the count and median of the whole selection. */
export const overviewRanking = (db: Executor, filters: Filters): Promise<RankingRow[]> => ranking(db, filters, RANKING_MAX);

/** One page of the 总览 table; `total` counts the whole selection. */
export async function overviewTable(db: Executor, filters: Filters, page: TablePage = DEFAULT_PAGE): Promise<{ rows: OverviewRow[]; total: number }> {
  const rows = await overview(db, filters, page);
  return { rows, total: rows[0]?.total_rows ?? (page.offset > 0 ? page.offset : 0) };
}

export interface ComparePage { rows: OverviewRow[]; structure: FunctionShareRow[]; trend: SangongTrendRow[]; capped: boolean }

/** 对比: the picked units, or without a pick the first COMPARE_MAX_UNITS in the overview's order. */
export async function comparePage(db: Executor, filters: Filters): Promise<ComparePage> {
  let picked = filters;
  let capped = false;
  if (!filters.units.length) {
    const top = await topUnits(db, filters, COMPARE_MAX_UNITS);
    if (!top.length) return { rows: [], structure: [], trend: [], capped: false };
    picked = { ...filters, units: top.map((t) => t.unit_id) };
    capped = top[0]!.total_units > top.length;
  }
  const [rows, structure, trend] = await Promise.all([overview(db, picked), functionStructure(db, picked), sangongTrend(db, picked)]);
  return { rows, structure, trend, capped };
}
