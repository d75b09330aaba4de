/**
 * 偏离分布图 (pure option): one row per peer-judged indicator — a box of the units' deviations from
 * their group's median (in MADs: 5/25/50/75/95%) and the flagged units as red points, their reason
 * in the tooltip. Deviations beyond the axis are drawn at its edge (the tooltip keeps the figure).
 */
import { base, listText, type ChartOption } from '../charts/common';
import { escapeHtml } from '../charts/format';
import { INDICATORS } from './indicators';
import type { AlertSummary, UnitAlerts } from './query';

export interface FlagPoint { name: string; unitId: string; indicator: string; deviation: number; reason: string }

interface TipParam { seriesType: string; name: string; data?: { reason?: string; unit?: string } | number[]; value?: number[] }

export function deviationChartOption(summary: readonly AlertSummary[], units: readonly UnitAlerts[], k: number, reasons: (unitId: string, indicator: string) => string): ChartOption {
  // an indicator no unit could be measured on (all missing, too few peers, MAD 0 without a flag) has no row
  const flaggedOn = new Set(units.flatMap((u) => u.cells.filter((c) => c.status === 'flag').map((c) => c.indicator)));
  const judged = INDICATORS.filter((i) => i.method === 'peer' && (summary.find((s) => s.indicator === i.key)?.deviations || flaggedOn.has(i.key)));
  const labels = judged.map((i) => i.label);
  const limit = Math.max(2 * k, 8);
  const clip = (x: number) => Math.max(-limit, Math.min(limit, x));
  const boxes = judged.map((i) => {
    const d = summary.find((s) => s.indicator === i.key)?.deviations;
    return d && d.length === 5 ? d.map(clip) : [];
  });
  const points: { value: [number, number]; unit: string; reason: string }[] = [];
  for (const unit of units) {
    for (const cell of unit.cells) {
      const row = judged.findIndex((i) => i.key === cell.indicator);
      if (row < 0 || cell.status !== 'flag' || cell.value === null) continue;
      // MAD 0: no deviation to plot, the point sits at the edge on its side of the median
      const deviation = cell.deviation ?? (cell.value > (cell.median ?? 0) ? limit : -limit);
      points.push({ value: [clip(deviation), row], unit: unit.unit_name ?? unit.unit_id, reason: reasons(unit.unit_id, cell.indicator) });
    }
  }
  const description = points.length
    ? `预警 ${points.length} 项：${listText(points.map((p) => `${p.unit}：${p.reason}`), 20)}`
    : '没有超出阈值的单位';
  return {
    ...base('与同组中位数的偏离（MAD 倍数）', description, `盒：同组偏离的 5%–95% 与四分位；红点：预警单位；虚线：±${k} 倍 MAD`),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => {
        if (p.seriesType === 'scatter' && p.data && !Array.isArray(p.data)) return `${escapeHtml(p.data.unit)}<br/>${escapeHtml(p.data.reason)}`;
        const v = (p.value ?? []).slice(-5);
        return `${escapeHtml(p.name)}<br/>同组偏离分布（MAD 倍数）：5% ${v[0]?.toFixed(1)}，25% ${v[1]?.toFixed(1)}，中位 ${v[2]?.toFixed(1)}，75% ${v[3]?.toFixed(1)}，95% ${v[4]?.toFixed(1)}`;
      }
    },
    grid: { left: 8, right: 32, top: 72, bottom: 40, containLabel: true },
    xAxis: { type: 'value', min: -limit, max: limit, name: '偏离（倍 MAD）', nameLocation: 'middle', nameGap: 26,
      axisLabel: { formatter: (v: number) => (v >= limit ? `≥${limit}` : v <= -limit ? `≤${-limit}` : String(v)) } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        name: '同组偏离分布', type: 'boxplot', data: boxes, itemStyle: { color: '#e8eef7', borderColor: '#5b7fb0' }, boxWidth: [8, 24],
        markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#c0392b' }, label: { position: 'start', formatter: (p: { value: number }) => `${p.value}` }, data: [{ xAxis: -k }, { xAxis: k }] }
      },
      { name: '预警单位', type: 'scatter', data: points, symbolSize: 9, itemStyle: { color: '#c0392b', opacity: 0.85 } }
    ]
  };
}
