/**
 * Category axes that stay readable from 8 to 300 units: every label is drawn (interval 0, never
 * thinned by ECharts without a word), the chart grows with its rows up to a cap, and past the cap
 * a slider shows a window of rows while the subtitle says how many there are in all.
 */
import type { OverviewRow } from '../db/types';

export const ROW_PX = 26;
/** Rows (horizontal bars) or columns (vertical bars) shown at once before a slider takes over. */
export const VISIBLE = { y: 25, x: 15 } as const;

export interface CategoryLayout {
  /** Canvas height (px) the chart needs. */
  height: number;
  /** A slider and wheel scrolling over the category axis, or none when every row fits. */
  dataZoom: Record<string, unknown>[] | undefined;
  /** What the subtitle says when not every category is in view at once ('' otherwise). */
  note: string;
  axisLabel: { interval: 0; width: number; overflow: 'truncate'; rotate?: number };
}

/** `chrome` = title, subtitle, legend and axis space around the rows (px). */
export function categoryLayout(count: number, axis: 'x' | 'y', chrome = 130): CategoryLayout {
  const visible = VISIBLE[axis];
  const scroll = count > visible;
  const axisIndex = axis === 'y' ? { yAxisIndex: 0 } : { xAxisIndex: 0 };
  const slider = axis === 'y' ? { right: 4, width: 14 } : { bottom: 26, height: 14 };
  return {
    height: axis === 'y' ? Math.max(260, chrome + ROW_PX * Math.min(Math.max(count, 1), visible)) : scroll ? 420 : 360,
    dataZoom: scroll
      ? [
          { type: 'slider', ...axisIndex, ...slider, startValue: 0, endValue: visible - 1, showDetail: false, brushSelect: false },
          { type: 'inside', ...axisIndex, startValue: 0, endValue: visible - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true }
        ]
      : undefined,
    note: scroll ? `共 ${count} 项，一次显示 ${visible} 项，拖动${axis === 'y' ? '右侧' : '下方'}滑块或滚动查看其余` : '',
    axisLabel: axis === 'y' ? { interval: 0, width: 180, overflow: 'truncate' } : { interval: 0, width: 170, overflow: 'truncate', rotate: count > 6 ? 30 : 0 }
  };
}

/** "人员经费无数据：甲、乙 等 5 个单位": units lacking a figure are named, never drawn as 0. */
export function missingNote(names: readonly string[], what: string, max = 3): string {
  if (!names.length) return '';
  const shown = names.slice(0, max).join('、');
  return `${what}无数据：${shown}${names.length > max ? ` 等 ${names.length} 个单位` : ''}`;
}

/** The subtitle's lines, without the empty ones; and the grid's top below title and subtitle. */
export function subtitle(...lines: (string | undefined)[]): { subtext: string | undefined; top: number } {
  const kept = lines.filter((l): l is string => !!l);
  return { subtext: kept.length ? kept.join('\n') : undefined, top: 44 + 18 * kept.length + 28 }; // + the value axis's name
}

type SourceRow = Pick<OverviewRow, 'year' | 'basis' | 'doc_scope' | 'doc_kind'>;

/** "来源：2026 年度部门预算": the document a figure is read from (a prior-year figure from a narrative). */
export function sourceText(row: SourceRow): string {
  const document = `${row.doc_scope ?? ''}${row.doc_kind ?? '预算'}`;
  return row.basis === 'prior' ? `来源：${document}说明中的上年数（推算）` : `来源：${row.year} 年度${document}`;
}
