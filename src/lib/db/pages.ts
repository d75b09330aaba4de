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

/** The units 对比 shows: the picked ones, or without a pick the first COMPARE_MAX_UNITS in the overview's order. */
export interface ComparePick { filters: Filters; capped: boolean; none: boolean }

// The page's three parts each ask for the pick; one top_units query serves them all.
let lastPick: { db: Executor; key: string; pick: Promise<ComparePick> } | null = null;

export function comparePick(db: Executor, filters: Filters): Promise<ComparePick> {
  const key = JSON.stringify(filters);
  if (lastPick?.db === db && lastPick.key === key) return lastPick.pick;
  const pick = pickUnits(db, filters);
  lastPick = { db, key, pick };
  return pick;
}

async function pickUnits(db: Executor, filters: Filters): Promise<ComparePick> {
  if (filters.units.length) return { filters, capped: false, none: false };
  const top = await topUnits(db, filters, COMPARE_MAX_UNITS);
  if (!top.length) return { filters, capped: false, none: true };
  return { filters: { ...filters, units: top.map((t) => t.unit_id) }, capped: top[0]!.total_units > top.length, none: false };
}

/** 对比's rows, function structure and 三公 trend: each part a query of its own, so a chart draws as soon as its answer is there. */
export const compareRows = async (db: Executor, filters: Filters): Promise<OverviewRow[]> => {
  const pick = await comparePick(db, filters);
  return pick.none ? [] : overview(db, pick.filters);
};
export const compareStructure = async (db: Executor, filters: Filters): Promise<FunctionShareRow[]> => {
  const pick = await comparePick(db, filters);
  return pick.none ? [] : functionStructure(db, pick.filters);
};
export const compareTrend = async (db: Executor, filters: Filters): Promise<SangongTrendRow[]> => {
  const pick = await comparePick(db, filters);
  return pick.none ? [] : sangongTrend(db, pick.filters);
};

/** The whole 对比 page at once (the build precomputes it; tests compare it). */
export async function comparePage(db: Executor, filters: Filters): Promise<ComparePage> {
  const [pick, rows, structure, trend] = await Promise.all([comparePick(db, filters), compareRows(db, filters), compareStructure(db, filters), compareTrend(db, filters)]);
  return { rows, structure, trend, capped: pick.capped };
}
