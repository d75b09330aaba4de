/**
 * 人员经费 vs 公用经费 per unit, in 万元 or per active staff member (万元/人). Each unit keeps its
 * colour; the measure is the shade (人员经费 full, 公用经费 light), which the legend shows in grey
 * so it never claims a colour the bars do not have.
 */
import type { OverviewRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, figureRef, listText, type ChartOption } from './common';
import { escapeHtml, shortUnitName, wan } from './format';
import { categoryLayout, missingNote, sourceText, subtitle } from './layout';

interface TipParam { seriesName: string; name: string; value: number | null; data?: { fullName?: string; source?: string } }

export const MEASURE_SHADES = { 人员经费: 1, 公用经费: 0.4 } as const;

/** Per staff, when no shown unit states its active staff: the page says so instead of drawing an empty frame. */
export const NO_STAFF_MESSAGE = '所选单位均未公开在职人数，无法计算人均经费。';
export const hasStaff = (rows: readonly OverviewRow[]) => rows.some((r) => r.staff_active !== null && r.staff_active > 0);

export function personnelPublicOption(rows: OverviewRow[], colors: UnitColors, perStaff: boolean): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const labels = rows.map((r) => (multiYear ? `${r.unit_name}（${r.year}）` : r.unit_name));
  const unit = perStaff ? '万元/人' : '万元';
  const personnel = (r: OverviewRow) => (perStaff ? r.personnel_per_staff : r.personnel);
  const publicFunds = (r: OverviewRow) => (perStaff ? r.public_funds_per_staff : r.public_funds);
  const lacking = rows.filter((r) => personnel(r) === null && publicFunds(r) === null);
  const short = rows.map((r) => (multiYear ? `${shortUnitName(r.unit_name, 10)} ${r.year}` : shortUnitName(r.unit_name)) + (lacking.includes(r) ? '（无数据）' : ''));
  const layout = categoryLayout(rows.length, 'x');
  const noStaff = perStaff ? rows.filter((r) => !(r.staff_active !== null && r.staff_active > 0)) : [];
  const sub = subtitle(
    '颜色区分单位：深色为人员经费，浅色为公用经费',
    perStaff ? missingNote(noStaff.map((r) => r.unit_name), '在职人数') : missingNote(lacking.map((r) => r.unit_name), '人员经费和公用经费'),
    layout.note
  );
  const title = perStaff ? '在职人均人员经费与公用经费' : '人员经费与公用经费';
  const description = listText(
    rows.map((r, i) => `${labels[i]} 人员经费 ${wan(personnel(r))} ${unit}，公用经费 ${wan(publicFunds(r))} ${unit}${perStaff ? `（在职 ${r.staff_active ?? '—'} 人）` : ''}`)
  );
  const series = (name: keyof typeof MEASURE_SHADES, pick: (r: OverviewRow) => number | null, key: string) => ({
    name,
    type: 'bar',
    itemStyle: { color: '#666', opacity: MEASURE_SHADES[name] },
    data: rows.map((r, i) => ({ value: pick(r), fullName: labels[i], source: sourceText(r), figure: figureRef(r, key), itemStyle: { color: colors(r.unit_id), opacity: MEASURE_SHADES[name] } }))
  });
  return {
    ...base(title, rows.length ? description : '无数据', sub.subtext),
    layoutHeight: layout.height,
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) =>
        `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${p.value === null ? '无数据' : `${escapeHtml(wan(p.value))} ${unit}`}` +
        (p.data?.source ? `<br/>${escapeHtml(p.data.source)}` : '')
    },
    legend: {
      bottom: 0,
      data: (Object.keys(MEASURE_SHADES) as (keyof typeof MEASURE_SHADES)[]).map((name) => ({ name, itemStyle: { color: '#666', opacity: MEASURE_SHADES[name] } }))
    },
    grid: { left: 8, right: 24, top: sub.top, bottom: layout.dataZoom ? 56 : 40, containLabel: true },
    xAxis: { type: 'category', data: short, axisLabel: layout.axisLabel },
    dataZoom: layout.dataZoom,
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v: number) => wan(v) } },
    series: [series('人员经费', personnel, perStaff ? 'personnel_per_staff' : 'personnel'), series('公用经费', publicFunds, perStaff ? 'public_funds_per_staff' : 'public_funds')]
  };
}
