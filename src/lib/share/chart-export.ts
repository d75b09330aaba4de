/**
 * A chart's option made for a picture (PNG, slide, print): every legend entry in view (a paged
 * legend would cut units off), no toolbox, and a footer line (口径, date, source) under the plot.
 * Pure: the same option in, the same option out; the caller draws it on a canvas of `height`.
 */
import type { ChartOption } from '../charts/common';

const LEGEND_ROW_PX = 24;
/** The footer: 11 px type (a CJK character ~11 px, others ~6 px), 16 px lines, padding. */
const FOOTER_LINE_PX = 16;
const FOOTER_PAD_PX = 14;
const DEFAULT_GRID_BOTTOM = 60;

export interface ExportedChart {
  option: ChartOption;
  /** Canvas height (px): the chart's own plus the legend rows and the footer. */
  height: number;
}

type Legend = Record<string, unknown> & { data?: unknown[]; formatter?: unknown };
type Series = { name?: unknown; data?: unknown[] };

/** Excel-like width: a CJK character takes two. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** The names a legend lists: its data, else the series' names. */
export function legendNames(option: ChartOption): string[] {
  const legend = [option.legend].flat()[0] as Legend | undefined;
  if (!legend) return [];
  const named = (entry: unknown) => (typeof entry === 'object' && entry ? String((entry as { name?: unknown }).name ?? '') : String(entry));
  if (legend.data?.length) return legend.data.map(named);
  return [...new Set(([option.series].flat().filter(Boolean) as Series[]).map((s) => String(s.name ?? '')).filter(Boolean))];
}

/** Rows a plain legend takes at `width` px (12 px type: ~7 px per half-width character, 25 px symbol and gap each). */
export function legendRowCount(names: readonly string[], width: number, formatter?: (name: string) => string): number {
  if (!names.length) return 0;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 25 + 10 + 7 * textWidth(formatter ? formatter(name) : name);
    if (used > 0 && used + item > width - 40) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return rows;
}

export function exportOption(option: ChartOption, footer: string, width: number, height: number): ExportedChart {
  const { toolbox: _, layoutHeight: __, ...rest } = option as ChartOption & { toolbox?: unknown };
  const legend = [option.legend].flat()[0] as Legend | undefined;
  const formatter = typeof legend?.formatter === 'function' ? (legend.formatter as (name: string) => string) : undefined;
  const rows = legend ? legendRowCount(legendNames(option), width, formatter) : 0;
  // The page's legend already has one row of room under the plot; more rows grow the canvas.
  const extraRows = Math.max(0, rows - 1);
  const footerPx = footerHeight(footer, width);
  const extra = LEGEND_ROW_PX * extraRows + footerPx;
  const grids = [option.grid].flat().filter(Boolean) as Record<string, unknown>[];
  const grid = grids.map((g) => ({ ...g, bottom: (typeof g.bottom === 'number' ? g.bottom : DEFAULT_GRID_BOTTOM) + extra }));
  const next: ChartOption = {
    ...rest,
    title: [option.title, { text: footer, left: 'center', bottom: 6, textStyle: { fontSize: 11, lineHeight: FOOTER_LINE_PX, fontWeight: 'normal', color: '#555', width: width - 24, overflow: 'break' } }],
    backgroundColor: '#fff'
  } as unknown as ChartOption;
  if (legend) (next as Record<string, unknown>).legend = { ...legend, type: 'plain', top: undefined, bottom: footerPx, left: 'center', width: width - 40 };
  if (grid.length) (next as Record<string, unknown>).grid = Array.isArray(option.grid) ? grid : grid[0];
  // A treemap has no grid: its plot stops above the legend and footer.
  const series = ([option.series].flat().filter(Boolean) as Record<string, unknown>[]).map((s) =>
    s.type === 'treemap' ? { ...s, bottom: (typeof s.bottom === 'number' ? s.bottom : 0) + extra } : s);
  if (series.length) (next as Record<string, unknown>).series = Array.isArray(option.series) ? series : series[0];
  return { option: next, height: height + extra };
}

/** Height (px) of the footer line at `width`, wrapped. */
export function footerHeight(footer: string, width: number): number {
  const lines = Math.max(1, Math.ceil((textWidth(footer) * 6) / Math.max(100, width - 40)));
  return FOOTER_PAD_PX + FOOTER_LINE_PX * lines;
}
