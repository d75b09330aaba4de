/** 三公 trends: each unit by year (stated and prior-year figures), its items, and the change marked. */
import type { SangongTrendRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, shortUnitName, wan } from './format';
import { categoryLayout, sourceText, subtitle } from './layout';

const BASIS_LABEL = { stated: '本年预算', prior: '上年（据说明推算）' } as const;
interface PointData { basis?: keyof typeof BASIS_LABEL; change?: number | null; fullName?: string; source?: string; partial?: number }
interface TipParam { seriesName: string; name: string; value: [string, number | null] | number | null; data?: PointData }

function signed(value: number | null): string {
  if (value === null) return '';
  return value > 0 ? `+${wan(value)}` : wan(value);
}

/** Lines drawn at most: past a dozen, lines in one colour cannot be told apart (the rest are named). */
export const TREND_LINES = 12;

/** Every year from the first to the last: a year without a document is an empty category, never skipped. */
export function yearRange(years: readonly number[]): number[] {
  if (!years.length) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A plain legend of up to three names a row below the plot; the chart grows by its extra rows. */
function legendRows(lines: number, top: number) {
  const rows = Math.max(1, Math.ceil(lines / 3));
  return {
    layoutHeight: 360 + 24 * (rows - 1),
    legend: { type: 'plain' as const, bottom: 0, itemGap: 12, formatter: (name: string) => shortUnitName(name, 14) },
    grid: { left: 8, right: 24, top, bottom: 16 + 24 * rows, containLabel: true }
  };
}

const partialText = (known: number) => `仅公开三项中的 ${known} 项，合计不完整`;

/**
 * 三公 by year, one line per unit (in `order`, the page's unit order; the first TREND_LINES).
 * Missing years break the line; a year known in part is a hollow diamond, said in the tooltip.
 */
export function sangongTrendOption(rows: SangongTrendRow[], colors: UnitColors, order: readonly string[] = []): ChartOption {
  const years = yearRange(rows.map((r) => r.year));
  const names = new Map(rows.map((r) => [r.unit_id, r.unit_name]));
  const ranked = [...new Set([...order.filter((id) => names.has(id)), ...names.keys()])];
  const drawn = ranked.slice(0, TREND_LINES);
  const byKey = new Map(rows.map((r) => [`${r.unit_id}|${r.year}`, r]));
  const series = drawn.map((unitId) => ({
    name: names.get(unitId)!,
    type: 'line',
    connectNulls: false,
    itemStyle: { color: colors(unitId) },
    lineStyle: { color: colors(unitId) },
    label: { show: drawn.length <= 4, formatter: (p: { data: PointData | null }) => (p.data?.change == null ? '' : `${signed(p.data.change)}`) },
    data: years.map((year) => {
      const r = byKey.get(`${unitId}|${year}`);
      if (!r || r.sangong_total === null) return null;
      const partial = r.items_known < 3;
      return {
        value: r.sangong_total,
        basis: r.basis,
        change: r.change_total,
        source: sourceText(r),
        partial: partial ? r.items_known : undefined,
        symbol: partial ? 'emptyDiamond' : r.basis === 'prior' ? 'emptyCircle' : 'circle',
        symbolSize: partial ? 12 : r.basis === 'prior' ? 7 : 9
      };
    })
  }));
  const present = new Set(rows.map((r) => r.year));
  const gaps = years.filter((y) => !present.has(y));
  const rest = ranked.length - drawn.length;
  const sub = subtitle(
    '空心点为据说明推算的上年数，空心菱形为只公开部分项目的年度',
    gaps.length ? `${gaps.join('、')} 年无文件，折线在此断开` : '',
    rest > 0 ? `只画出前 ${drawn.length} 个单位，其余 ${rest} 个单位未画出（其数字见热力表）` : ''
  );
  const description = listText(
    rows.map((r) => `${r.unit_name} ${r.year} 年${BASIS_LABEL[r.basis]} 三公经费 ${wan(r.sangong_total)} 万元${r.change_total === null ? '' : `，比上年 ${signed(r.change_total)} 万元`}${r.items_known < 3 ? `（${partialText(r.items_known)}）` : ''}`)
  );
  return {
    ...base('“三公”经费变化', rows.length ? description : '无数据', sub.subtext),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => {
        const value = Array.isArray(p.value) ? p.value[1] : p.value;
        const basis = p.data?.basis ? BASIS_LABEL[p.data.basis] : '';
        const change = p.data?.change ?? null;
        const partial = p.data?.partial;
        return `${escapeHtml(p.seriesName)}<br/>${escapeHtml(Array.isArray(p.value) ? p.value[0] : p.name)} 年${escapeHtml(basis)}：${escapeHtml(wan(value))} 万元${change === null ? '' : `（比上年 ${escapeHtml(signed(change))}）`}` +
          (partial !== undefined ? `<br/>${escapeHtml(partialText(partial))}` : '') +
          (p.data?.source ? `<br/>${escapeHtml(p.data.source)}` : '');
      }
    },
    // Every line's name in view (at most a dozen): a paged legend would hide which colour is whose.
    ...legendRows(drawn.length, sub.top),
    xAxis: { type: 'category', data: years.map(String), name: '年度', axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => wan(v) } },
    series
  };
}

const ITEMS = [
  ['sangong_outbound', '因公出国（境）费'],
  ['sangong_vehicle_purchase', '公务用车购置费'],
  ['sangong_vehicle_operation', '公务用车运行费'],
  ['sangong_reception', '公务接待费']
] as const;

/** 三公 items per unit-year, stacked; `year` keeps one year only (many units: one bar each). */
export function sangongItemsOption(all: SangongTrendRow[], year: number | null = null, order: readonly string[] = []): ChartOption {
  // In the page's unit order (the other charts' order), years ascending within a unit.
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (r: SangongTrendRow) => rank.get(r.unit_id) ?? order.length;
  const rows = (year === null ? all : all.filter((r) => r.year === year)).map((r, i) => [r, i] as const)
    .sort(([a, i], [b, j]) => at(a) - at(b) || (rank.size ? a.year - b.year : i - j)).map(([r]) => r);
  const state = (r: SangongTrendRow) => (r.items_known === 0 && r.sangong_total === null ? '（无数据）' : r.items_known < 3 ? '（部分）' : '');
  const labels = rows.map((r) => `${r.unit_name} ${r.year}${r.basis === 'prior' ? '（上年推算）' : ''}${state(r)}`);
  // Axis: year first and a short name (a long name would be cut off); the tooltip gives the full one.
  const short = rows.map((r) => `${r.year}${r.basis === 'prior' ? '*' : ''} ${shortUnitName(r.unit_name)}${state(r)}`);
  const description = listText(
    rows.map((r, i) => `${labels[i]}：${ITEMS.map(([key, name]) => `${name} ${wan(r[key])}`).join('，')}（万元）`)
  );
  const layout = categoryLayout(rows.length, 'y');
  const partial = rows.filter((r) => r.items_known < 3).length;
  const sub = subtitle(
    rows.some((r) => r.basis === 'prior') ? '* 为据说明推算的上年数' : '',
    year !== null && all.length > rows.length ? `只列 ${year} 年` : '',
    partial ? `${partial} 个标“部分”或“无数据”：未公开的项目不画，不当作 0` : '',
    layout.note
  );
  return {
    ...base('“三公”经费构成', rows.length ? description : '无数据', sub.subtext),
    layoutHeight: layout.height,
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) =>
        `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${p.value === null ? '未公开' : `${escapeHtml(wan(p.value as number | null))} 万元`}` +
        (p.data?.source ? `<br/>${escapeHtml(p.data.source)}` : '')
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: layout.dataZoom ? 32 : 24, top: sub.top, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => wan(v) } },
    yAxis: { type: 'category', inverse: true, data: short, axisLabel: { ...layout.axisLabel, width: 200 } },
    dataZoom: layout.dataZoom,
    series: ITEMS.map(([key, name]) => ({ name, type: 'bar', stack: 'items', data: rows.map((r, i) => ({ value: r[key], fullName: labels[i], source: sourceText(r) })) }))
  };
}
