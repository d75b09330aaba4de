/** 总览: 财政拨款 per unit-year, highest first, with the peer median as a guide line. */
import type { OverviewRow } from '../db/types';
import type { UnitColors } from './colors';
import { base, listText, type ChartOption } from './common';
import { escapeHtml, wan } from './format';
import { sourceText } from './layout';
import { medianOf } from './scatter';

interface TipParam { name: string; value: number | null; data?: { fullName?: string; source?: string } }

export interface RankingContext {
  max?: number;
  /** Unit-years in the whole selection (the rows may be its top N only). */
  total?: number;
  /** Median appropriation of the whole selection; computed from the rows when not given. */
  median?: number | null;
}

/** What the chart needs of a row (overview rows and ranking rows both have it). */
export type RankedUnit = Pick<OverviewRow, 'unit_id' | 'unit_name' | 'year' | 'basis' | 'appropriation' | 'doc_scope' | 'doc_kind'>;

export function appropriationRankingOption(rows: RankedUnit[], colors: UnitColors, context: RankingContext = {}): ChartOption {
  const max = context.max ?? 30;
  const shown = rows.filter((r) => r.appropriation !== null).sort((a, b) => b.appropriation! - a.appropriation!).slice(0, max);
  const total = Math.max(context.total ?? rows.length, shown.length);
  const multiYear = new Set(shown.map((r) => r.year)).size > 1;
  const label = (r: RankedUnit) => (multiYear ? `${r.unit_name}（${r.year}）` : r.unit_name);
  const median = context.median !== undefined ? context.median : medianOf(rows.map((r) => r.appropriation).filter((v): v is number => v !== null));
  const description = listText(shown.map((r) => `${label(r)} ${wan(r.appropriation)} 万元`), max) + (median === null ? '' : `。中位数 ${wan(median)} 万元`);
  const more = total > shown.length ? `（前 ${shown.length} 个，共 ${total} 个）` : '';
  return {
    ...base(`财政拨款排名${more}`, shown.length ? description : '无数据', median === null ? undefined : `虚线为所选范围的中位数 ${wan(median)} 万元`),
    tooltip: { trigger: 'item', formatter: (p: TipParam) => `${escapeHtml(p.data?.fullName ?? p.name)}<br/>财政拨款：${escapeHtml(wan(p.value))} 万元<br/>${escapeHtml(p.data?.source ?? '')}` },
    grid: { left: 8, right: 56, top: median === null ? 48 : 64, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: '万元', axisLabel: { formatter: (v: number) => wan(v) } },
    yAxis: { type: 'category', inverse: true, data: shown.map(label), axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        name: '财政拨款',
        type: 'bar',
        barMaxWidth: 40, // one or two units would otherwise fill the plot with a slab
        data: shown.map((r) => ({ value: r.appropriation, fullName: label(r), source: sourceText(r), itemStyle: { color: colors(r.unit_id) } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => wan(p.value) },
        // The median's figure is in the subtitle: a label on the line would sit on the axis labels.
        markLine: median === null ? undefined : { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#555' }, label: { show: false }, data: [{ xAxis: median }] }
      }
    ]
  };
}
