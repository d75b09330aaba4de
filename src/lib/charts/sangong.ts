/** 三公 trends: each unit by year (stated and prior-year figures), its items, and the change marked. */
import type { SangongTrendRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, shortUnitName, wan } from './format';

const BASIS_LABEL = { stated: '本年预算', prior: '上年（据说明推算）' } as const;
interface TipParam { seriesName: string; name: string; value: [string, number | null] | number | null; data?: { basis?: keyof typeof BASIS_LABEL; change?: number | null; fullName?: string } }

function signed(value: number | null): string {
  if (value === null) return '';
  return value > 0 ? `+${wan(value)}` : wan(value);
}

export function sangongTrendOption(rows: SangongTrendRow[], colors: UnitColors): ChartOption {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).map(String);
  const units = [...new Map(rows.map((r) => [r.unit_id, r.unit_name])).entries()];
  const series = units.map(([unitId, name]) => ({
    name,
    type: 'line',
    connectNulls: true,
    itemStyle: { color: colors(unitId) },
    lineStyle: { color: colors(unitId) },
    label: { show: true, formatter: (p: { data: { change: number | null } }) => (p.data.change === null ? '' : `${signed(p.data.change)}`) },
    data: rows
      .filter((r) => r.unit_id === unitId)
      .map((r) => ({
        value: [String(r.year), r.sangong_total],
        basis: r.basis,
        change: r.change_total,
        symbol: r.basis === 'prior' ? 'emptyCircle' : 'circle',
        symbolSize: r.basis === 'prior' ? 7 : 9
      }))
  }));
  const description = listText(
    rows.map((r) => `${r.unit_name} ${r.year} 年${BASIS_LABEL[r.basis]} 三公经费 ${wan(r.sangong_total)} 万元${r.change_total === null ? '' : `，比上年 ${signed(r.change_total)} 万元`}`)
  );
  return {
    ...base('“三公”经费变化', rows.length ? description : '无数据', '空心点为据说明推算的上年数，标签为比上年增减（万元）'),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => {
        const value = Array.isArray(p.value) ? p.value[1] : p.value;
        const basis = p.data?.basis ? BASIS_LABEL[p.data.basis] : '';
        const change = p.data?.change ?? null;
        return `${escapeHtml(p.seriesName)}<br/>${escapeHtml(Array.isArray(p.value) ? p.value[0] : p.name)} 年${escapeHtml(basis)}：${escapeHtml(wan(value))} 万元${change === null ? '' : `（比上年 ${escapeHtml(signed(change))}）`}`;
      }
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 24, top: 72, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: years, name: '年度' },
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

export function sangongItemsOption(rows: SangongTrendRow[]): ChartOption {
  const labels = rows.map((r) => `${r.unit_name} ${r.year}${r.basis === 'prior' ? '（上年推算）' : ''}`);
  // Axis: year first and a short name (a long name would be cut off); the tooltip gives the full one.
  const short = rows.map((r) => `${r.year}${r.basis === 'prior' ? '*' : ''} ${shortUnitName(r.unit_name)}`);
  const description = listText(
    rows.map((r, i) => `${labels[i]}：${ITEMS.map(([key, name]) => `${name} ${wan(r[key])}`).join('，')}（万元）`)
  );
  return {
    ...base('“三公”经费构成', rows.length ? description : '无数据', rows.some((r) => r.basis === 'prior') ? '* 为据说明推算的上年数' : undefined),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${escapeHtml(wan(p.value as number | null))} 万元`
    },
    legend: { bottom: 0 },
    grid: { left: 8, right: 24, top: 64, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => wan(v) } },
    yAxis: { type: 'category', inverse: true, data: short, axisLabel: { width: 200, overflow: 'truncate' } },
    series: ITEMS.map(([key, name]) => ({ name, type: 'bar', stack: 'items', data: rows.map((r, i) => ({ value: r[key], fullName: labels[i] })) }))
  };
}
