/** 支出结构: function classes per unit as 100% stacked bars, and basic vs project per unit. */
import type { FunctionShareRow, OverviewRow } from '../db/types';
import { CLASS_PALETTE, type UnitColors } from './colors';
import { base, figureRef, listText, type ChartOption } from './common';
import { escapeHtml, percent, shortUnitName, wan } from './format';
import { categoryLayout, missingNote, sourceText, subtitle } from './layout';

interface TipParam { seriesName: string; name: string; value: number | null; data?: { amount?: number | null; fullName?: string; source?: string } }

function unitLabel(name: string, year: number, multiYear: boolean): string {
  return multiYear ? `${name}（${year}）` : name;
}

/** Axis label: year first and a short name, so the year is never the part cut off. */
function axisLabel(name: string, year: number, multiYear: boolean): string {
  return multiYear ? `${year} ${shortUnitName(name)}` : shortUnitName(name, 16);
}

const NO_DATA = '（无数据）';

/**
 * `shown`: the units the page compares; one without a function table keeps its row, labelled
 * 无数据 and named in the subtitle (an empty row, never a 0% bar).
 */
export function functionStructureOption(rows: FunctionShareRow[], shown: readonly Pick<OverviewRow, 'unit_id' | 'unit_name' | 'year'>[] = []): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const units = new Map<string, { label: string; axis: string; source: string }>();
  // The page's order first (the other charts' order), then any unit-year it did not list.
  for (const u of shown) if (rows.some((r) => r.unit_id === u.unit_id && r.year === u.year)) units.set(`${u.unit_id}|${u.year}`, { label: '', axis: '', source: '' });
  for (const r of rows) units.set(`${r.unit_id}|${r.year}`, { label: unitLabel(r.unit_name, r.year, multiYear), axis: axisLabel(r.unit_name, r.year, multiYear), source: sourceText(r) });
  const lacking = shown.filter((u) => ![...units.keys()].some((k) => k.startsWith(`${u.unit_id}|`)));
  for (const u of lacking) units.set(`${u.unit_id}|${u.year}`, { label: u.unit_name, axis: `${shortUnitName(u.unit_name, 12)}${NO_DATA}`, source: '' });
  const keys = [...units.keys()];
  const classes = [...new Map(rows.map((r) => [r.code, r.name])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const cell = new Map(rows.map((r) => [`${r.unit_id}|${r.year}|${r.code}`, r]));
  const has = new Set(rows.map((r) => `${r.unit_id}|${r.year}`));
  const series = classes.map(([code, name], index) => ({
    name: `${code} ${name}`,
    type: 'bar',
    stack: 'share',
    itemStyle: { color: CLASS_PALETTE[index % CLASS_PALETTE.length] },
    data: keys.map((key) => {
      const row = cell.get(`${key}|${code}`);
      const unit = units.get(key)!;
      // A class the unit's table does not list is 0% of it; a unit without a table has no bar at all.
      const value = !has.has(key) ? null : row?.share != null ? Math.round(row.share * 10_000) / 100 : 0;
      return { value, amount: row?.amount ?? null, fullName: unit.label, source: unit.source };
    })
  }));
  const layout = categoryLayout(keys.length, 'y');
  const sub = subtitle(missingNote(lacking.map((u) => u.unit_name), '功能分类'), layout.note);
  const description = listText(
    rows.map((r) => `${unitLabel(r.unit_name, r.year, multiYear)} ${r.code} ${r.name} ${wan(r.amount)} 万元，占 ${percent(r.share)}`)
  );
  return {
    ...base('支出结构（功能分类）', rows.length ? description : '无数据', sub.subtext),
    layoutHeight: layout.height,
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) =>
        `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${escapeHtml(wan(p.data?.amount))} 万元（${escapeHtml((p.value ?? 0).toFixed(2))}%）` +
        (p.data?.source ? `<br/>${escapeHtml(p.data.source)}` : '')
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: layout.dataZoom ? 32 : 24, top: sub.top, bottom: 48, containLabel: true },
    xAxis: { type: 'value', max: 100, name: '占比（%）', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: keys.map((k) => units.get(k)!.axis), axisLabel: layout.axisLabel },
    dataZoom: layout.dataZoom,
    series
  };
}

export function basicProjectOption(rows: OverviewRow[], colors: UnitColors): ChartOption {
  const multiYear = new Set(rows.map((r) => r.year)).size > 1;
  const labels = rows.map((r) => unitLabel(r.unit_name, r.year, multiYear));
  const lacking = rows.filter((r) => r.basic === null && r.project === null);
  const axis = rows.map((r) => axisLabel(r.unit_name, r.year, multiYear) + (lacking.includes(r) ? NO_DATA : ''));
  const description = listText(rows.map((r, i) => `${labels[i]} 基本支出 ${wan(r.basic)} 万元，项目支出 ${wan(r.project)} 万元`));
  const layout = categoryLayout(rows.length, 'y');
  const sub = subtitle('颜色区分单位：深色为基本支出，浅色为项目支出', missingNote(lacking.map((r) => r.unit_name), '基本支出和项目支出'), layout.note);
  const bar = (name: string, key: 'basic' | 'project', opacity: number) => ({
    name,
    type: 'bar',
    stack: 'total',
    itemStyle: { color: '#666', opacity },
    data: rows.map((r, i) => ({ value: r[key], fullName: labels[i], source: sourceText(r), figure: figureRef(r, key), itemStyle: { color: colors(r.unit_id), opacity } }))
  });
  return {
    ...base('基本支出与项目支出', rows.length ? description : '无数据', sub.subtext),
    layoutHeight: layout.height,
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) =>
        `${escapeHtml(p.data?.fullName ?? p.name)}<br/>${escapeHtml(p.seriesName)}：${p.value === null ? '无数据' : `${escapeHtml(wan(p.value))} 万元`}` +
        (p.data?.source ? `<br/>${escapeHtml(p.data.source)}` : '')
    },
    // Grey swatches: the shade is the measure, the bars keep their unit's colour.
    legend: { bottom: 0, data: [{ name: '基本支出', itemStyle: { color: '#666', opacity: 1 } }, { name: '项目支出', itemStyle: { color: '#666', opacity: 0.4 } }] },
    grid: { left: 8, right: layout.dataZoom ? 32 : 24, top: sub.top, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => wan(v) } },
    yAxis: { type: 'category', inverse: true, data: axis, axisLabel: layout.axisLabel },
    dataZoom: layout.dataZoom,
    series: [bar('基本支出', 'basic', 1), bar('项目支出', 'project', 0.4)]
  };
}
