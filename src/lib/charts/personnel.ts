/** 人员经费 vs 公用经费 per unit, in 万元 or per active staff member (万元/人). */
import type { OverviewRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, wan } from './format';

interface TipParam { seriesName: string; name: string; value: number | null }

export function personnelPublicOption(rows: OverviewRow[], colors: UnitColors, perStaff: boolean): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const labels = rows.map((r) => (multiYear ? `${r.unit_name}（${r.year}）` : r.unit_name));
  const unit = perStaff ? '万元/人' : '万元';
  const personnel = (r: OverviewRow) => (perStaff ? r.personnel_per_staff : r.personnel);
  const publicFunds = (r: OverviewRow) => (perStaff ? r.public_funds_per_staff : r.public_funds);
  const title = perStaff ? '在职人均人员经费与公用经费' : '人员经费与公用经费';
  const description = listText(
    rows.map((r, i) => `${labels[i]} 人员经费 ${wan(personnel(r))} ${unit}，公用经费 ${wan(publicFunds(r))} ${unit}${perStaff ? `（在职 ${r.staff_active ?? '—'} 人）` : ''}`)
  );
  const series = (name: string, pick: (r: OverviewRow) => number | null, opacity: number) => ({
    name,
    type: 'bar',
    itemStyle: { color: '#555', opacity }, // legend swatch; bars carry the unit colour
    data: rows.map((r) => ({ value: pick(r), itemStyle: { color: colors(r.unit_id), opacity } }))
  });
  return {
    ...base(title, rows.length ? description : '无数据'),
    tooltip: { trigger: 'item', formatter: (p: TipParam) => `${escapeHtml(p.name)}<br/>${escapeHtml(p.seriesName)}：${escapeHtml(wan(p.value))} ${unit}` },
    legend: { bottom: 0, data: ['人员经费', '公用经费'] },
    grid: { left: 8, right: 24, top: 56, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v: number) => wan(v) } },
    series: [series('人员经费', personnel, 1), series('公用经费', publicFunds, 0.45)]
  };
}
