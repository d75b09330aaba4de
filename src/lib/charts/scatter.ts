/** 在职人数 vs 财政拨款: one point per unit-year (size = 三公), the peer per-capita median as a guide line. */
import type { OverviewRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, wan } from './format';
import { missingNote, sourceText, subtitle } from './layout';

interface TipParam { seriesName: string; data?: { name: string; value: [number, number]; sangong: number | null; source?: string } }

export function medianOf(values: number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function staffScatterOption(rows: OverviewRow[], colors: UnitColors): ChartOption {
  const points = rows.filter((r) => r.staff_active !== null && r.appropriation !== null);
  const median = medianOf(points.map((r) => r.appropriation! / Math.max(r.staff_active!, 1)).filter((_, i) => points[i]!.staff_active! > 0));
  const maxStaff = Math.max(1, ...points.map((r) => r.staff_active!));
  const maxAppropriation = Math.max(0, ...points.map((r) => r.appropriation!));
  // ECharts drops a mark line whose end lies outside the axes: end it where it leaves the data's box.
  const lineEnd = median !== null && median > 0 ? Math.min(maxStaff, maxAppropriation / median) : maxStaff;
  const maxSangong = Math.max(0, ...points.map((r) => r.sangong_total ?? 0));
  const size = (s: number | null) => 10 + (maxSangong > 0 ? Math.sqrt((s ?? 0) / maxSangong) * 30 : 0);
  const multiYear = new Set(points.map((r) => r.year)).size > 1;
  // A unit without a staff count or an appropriation has no point: named in the subtitle, never put at 0.
  const lacking = rows.filter((r) => !points.includes(r)).map((r) => r.unit_name);
  const sub = subtitle('点的大小表示“三公”经费；虚线为同组人均中位数', missingNote(lacking, '在职人数或财政拨款'));
  const description = listText(
    points.map((r) => `${r.unit_name}${multiYear ? `（${r.year}）` : ''} 在职 ${r.staff_active} 人，财政拨款 ${wan(r.appropriation)} 万元，三公 ${wan(r.sangong_total)} 万元`)
  ) + (median === null ? '' : `。同组在职人均财政拨款中位数 ${wan(median)} 万元/人`);
  return {
    ...base('在职人数与财政拨款', points.length ? description : '无数据', sub.subtext),
    tooltip: {
      trigger: 'item',
      formatter: (p: TipParam) => {
        if (!p.data) return escapeHtml(p.seriesName);
        const [staff, appropriation] = p.data.value;
        return `${escapeHtml(p.data.name)}<br/>在职 ${escapeHtml(staff)} 人，财政拨款 ${escapeHtml(wan(appropriation))} 万元<br/>人均 ${escapeHtml(wan(appropriation / Math.max(staff, 1)))} 万元/人，三公 ${escapeHtml(wan(p.data.sangong))} 万元` +
          (p.data.source ? `<br/>${escapeHtml(p.data.source)}` : '');
      }
    },
    grid: { left: 8, right: 40, top: Math.max(72, sub.top), bottom: 36, containLabel: true },
    xAxis: { type: 'value', name: '在职人数（人）', nameLocation: 'middle', nameGap: 28, min: 0 },
    yAxis: { type: 'value', name: '财政拨款（万元）', min: 0, axisLabel: { formatter: (v: number) => wan(v) } },
    series: [
      {
        name: '单位',
        type: 'scatter',
        data: points.map((r) => ({
          name: multiYear ? `${r.unit_name}（${r.year}）` : r.unit_name,
          value: [r.staff_active!, r.appropriation!],
          sangong: r.sangong_total,
          source: sourceText(r),
          symbolSize: size(r.sangong_total),
          itemStyle: { color: colors(r.unit_id), opacity: 0.8 }
        })),
        markLine:
          median === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#666' },
                label: { formatter: `人均中位数 ${wan(median)} 万元/人`, position: 'insideEndTop' },
                data: [[{ coord: [0, 0] }, { coord: [lineEnd, median * lineEnd] }]]
              }
      }
    ]
  };
}
