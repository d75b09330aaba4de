/**
 * One unit over the years, 预算 and 决算 side by side with honest legends: each series is one kind of
 * figure (the 预算's own, the 预算 as the next year's narrative gives it, the 决算's own, the 决算 as
 * the next 决算 gives it); years are categories from the first to the last, a year without a figure
 * is a gap (never 0, never joined across).
 */
import type { UnitProfileRow } from '../db/types';
import { base } from './common';
import { axisWan, wan } from './format';

type TrendRow = Pick<UnitProfileRow, 'year' | 'basis' | 'doc_kind' | 'doc_scope'> & Partial<Record<TrendField, number | null>>;
export type TrendField = 'appropriation' | 'expenditure_total' | 'sangong_total';

const SERIES = [
  { kind: '预算', basis: 'stated', name: '预算（当年预算文件）', color: '#1f5ea8', dashed: false },
  { kind: '预算', basis: 'prior', name: '预算（次年预算说明所列上年数）', color: '#1f5ea8', dashed: true },
  { kind: '决算', basis: 'stated', name: '决算（当年决算文件）', color: '#c0392b', dashed: false },
  { kind: '决算', basis: 'prior', name: '决算（次年决算所列上年数）', color: '#c0392b', dashed: true }
] as const;

const LABEL: Record<TrendField, string> = { appropriation: '财政拨款', expenditure_total: '支出总计', sangong_total: '“三公”经费' };

/** Years from the first to the last, gaps included. */
export function yearCategories(years: Iterable<number>): number[] {
  const list = [...years];
  if (!list.length) return [];
  const [min, max] = [Math.min(...list), Math.max(...list)];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export function unitTrendOption(rows: readonly TrendRow[], field: TrendField, scope: 'dept' | 'unit') {
  const first = scope === 'unit' ? '单位' : '部门';
  const pick = (kind: string, basis: string, year: number) => {
    const candidates = rows.filter((r) => (r.doc_kind ?? '预算') === kind && r.basis === basis && r.year === year && r[field] !== null && r[field] !== undefined);
    return candidates.find((r) => r.doc_scope === first) ?? candidates[0];
  };
  const years = yearCategories(rows.filter((r) => r[field] !== null && r[field] !== undefined).map((r) => r.year));
  const series = SERIES.map((s) => ({ ...s, points: years.map((y) => pick(s.kind, s.basis, y)) })).filter((s) => s.points.some(Boolean));
  const described = series.map((s) => `${s.name}：${s.points.map((p, i) => (p ? `${years[i]} 年 ${wan(p[field])}` : '')).filter(Boolean).join('，')}`);
  return {
    ...base(`${LABEL[field]}：预算与决算（万元）`, described.join('；') || '没有数据'),
    legend: { top: 40, data: series.map((s) => s.name) },
    grid: { left: 8, right: 24, top: 84, bottom: 16, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '无数据' : `${wan(v)} 万元`) },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: axisWan } },
    series: series.map((s) => ({
      // a derived (推算) figure is a hollow triangle on a dashed line: told apart from a document's own even as a single point
      name: s.name, type: 'line', connectNulls: false, symbolSize: 9, symbol: s.dashed ? 'emptyTriangle' : 'circle',
      itemStyle: { color: s.color }, lineStyle: { type: s.dashed ? 'dashed' : 'solid' },
      data: s.points.map((p) => (p ? (p[field] ?? null) : null))
    }))
  };
}
