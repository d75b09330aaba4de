/** 支出结构: function classes per unit as 100% stacked bars, and basic vs project per unit. */
import type { FunctionShareRow, OverviewRow } from '../db/types';
import { CLASS_PALETTE, type UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, percent, shortUnitName, wan } from './format';

interface TipParam { seriesName: string; name: string; value: number; data?: { amount?: number | null; fullName?: string }; marker?: string }

function unitLabel(name: string, year: number, multiYear: boolean): string {
  return multiYear ? `${name}（${year}）` : name;
}

/** Axis label: year first and a short name, so the year is never the part cut off. */
function axisLabel(name: string, year: number, multiYear: boolean): string {
  return multiYear ? `${year} ${shortUnitName(name)}` : shortUnitName(name, 16);
}

export function functionStructureOption(rows: FunctionShareRow[]): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const units = [...new Map(rows.map((r) => [`${r.unit_id}|${r.year}`, unitLabel(r.unit_name, r.year, multiYear)])).entries()];
  const axis = [...new Map(rows.map((r) => [`${r.unit_id}|${r.year}`, axisLabel(r.unit_name, r.year, multiYear)])).values()];
  const classes = [...new Map(rows.map((r) => [r.code, r.name])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const cell = new Map(rows.map((r) => [`${r.unit_id}|${r.year}|${r.code}`, r]));
  const series = classes.map(([code, name], index) => ({
    name: `${code} ${name}`,
    type: 'bar',
    stack: 'share',
    itemStyle: { color: CLASS_PALETTE[index % CLASS_PALETTE.length] },
    data: units.map(([key]) => {
      const row = cell.get(`${key}|${code}`);
      return { value: row?.share != null ? Math.round(row.share * 10_000) / 100 : 0, amount: row?.amount ?? null, fullName: units.find(([k]) => k === key)?.[1] };
    })
  }));
  const description = listText(
    rows.map((r) => `${unitLabel(r.unit_name, r.year, multiYear)} ${r.code} ${r.name} ${wan(r.amount)} 万元，占 ${percent(r.share)}`)
  );
  return {
    ...base('支出结构（功能分类）', rows.length ? description : '无数据'),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) =>
        `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${escapeHtml(wan(p.data?.amount))} 万元（${escapeHtml(p.value.toFixed(2))}%）`
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 24, top: 56, bottom: 48, containLabel: true },
    xAxis: { type: 'value', max: 100, name: '占比（%）', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: axis, axisLabel: { width: 180, overflow: 'truncate' } },
    series
  };
}

export function basicProjectOption(rows: OverviewRow[], colors: UnitColors): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const labels = rows.map((r) => unitLabel(r.unit_name, r.year, multiYear));
  const axis = rows.map((r) => axisLabel(r.unit_name, r.year, multiYear));
  const description = listText(rows.map((r, i) => `${labels[i]} 基本支出 ${wan(r.basic)} 万元，项目支出 ${wan(r.project)} 万元`));
  const bar = (name: string, pick: (r: OverviewRow) => number | null, opacity: number) => ({
    name,
    type: 'bar',
    stack: 'total',
    itemStyle: { color: '#666', opacity },
    data: rows.map((r, i) => ({ value: pick(r), fullName: labels[i], itemStyle: { color: colors(r.unit_id), opacity } }))
  });
  return {
    ...base('基本支出与项目支出', rows.length ? description : '无数据', '颜色区分单位：深色为基本支出，浅色为项目支出'),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${escapeHtml(wan(p.value))} 万元`
    },
    // Grey swatches: the shade is the measure, the bars keep their unit's colour.
    legend: { bottom: 0, data: [{ name: '基本支出', itemStyle: { color: '#666', opacity: 1 } }, { name: '项目支出', itemStyle: { color: '#666', opacity: 0.4 } }] },
    grid: { left: 8, right: 24, top: 72, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => wan(v) } },
    yAxis: { type: 'category', data: axis, axisLabel: { width: 180, overflow: 'truncate' } },
    series: [bar('基本支出', (r) => r.basic, 1), bar('项目支出', (r) => r.project, 0.4)]
  };
}
