/**
 * 人员经费 vs 公用经费 per unit, in 万元 or per active staff member (万元/人). Each unit keeps its
 * colour; the measure is the shade (人员经费 full, 公用经费 light), which the legend shows in grey
 * so it never claims a colour the bars do not have.
 */
import type { OverviewRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, shortUnitName, wan } from './format';

interface TipParam { seriesName: string; name: string; value: number | null; data?: { fullName?: string } }

export const MEASURE_SHADES = { 人员经费: 1, 公用经费: 0.4 } as const;

export function personnelPublicOption(rows: OverviewRow[], colors: UnitColors, perStaff: boolean): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const labels = rows.map((r) => (multiYear ? `${r.unit_name}（${r.year}）` : r.unit_name));
  const short = rows.map((r) => (multiYear ? `${shortUnitName(r.unit_name, 10)} ${r.year}` : shortUnitName(r.unit_name)));
  const unit = perStaff ? '万元/人' : '万元';
  const personnel = (r: OverviewRow) => (perStaff ? r.personnel_per_staff : r.personnel);
  const publicFunds = (r: OverviewRow) => (perStaff ? r.public_funds_per_staff : r.public_funds);
  const title = perStaff ? '在职人均人员经费与公用经费' : '人员经费与公用经费';
  const description = listText(
    rows.map((r, i) => `${labels[i]} 人员经费 ${wan(personnel(r))} ${unit}，公用经费 ${wan(publicFunds(r))} ${unit}${perStaff ? `（在职 ${r.staff_active ?? '—'} 人）` : ''}`)
  );
  const series = (name: keyof typeof MEASURE_SHADES, pick: (r: OverviewRow) => number | null) => ({
    name,
    type: 'bar',
    itemStyle: { color: '#666', opacity: MEASURE_SHADES[name] },
    data: rows.map((r, i) => ({ value: pick(r), fullName: labels[i], itemStyle: { color: colors(r.unit_id), opacity: MEASURE_SHADES[name] } }))
  });
  return {
    ...base(title, rows.length ? description : '无数据', '颜色区分单位：深色为人员经费，浅色为公用经费'),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${escapeHtml(wan(p.value))} ${unit}`
    },
    legend: {
      bottom: 0,
      data: (Object.keys(MEASURE_SHADES) as (keyof typeof MEASURE_SHADES)[]).map((name) => ({ name, itemStyle: { color: '#666', opacity: MEASURE_SHADES[name] } }))
    },
    grid: { left: 8, right: 24, top: 72, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: short, axisLabel: { interval: 0, width: 110, overflow: 'truncate', rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v: number) => wan(v) } },
    series: [series('人员经费', personnel), series('公用经费', publicFunds)]
  };
}
