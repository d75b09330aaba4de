/** The parts every chart option shares: Chinese title, aria description, HTML-safe tooltip (PNG download: Chart.svelte, share/chart-export). */
import type { EChartsCoreOption } from 'echarts/core';

export type ChartOption = EChartsCoreOption & {
  title: { text: string; subtext?: string; [key: string]: unknown };
  aria: { enabled: true; label: { enabled: true; description: string } };
  /** The canvas height (px) the option needs (rows grow it); not an ECharts key, Chart.svelte reads it. */
  layoutHeight?: number;
};

export function base(title: string, description: string, subtext?: string): Pick<ChartOption, 'title' | 'aria'> & Record<string, unknown> {
  return {
    title: { text: title, subtext, left: 'center', textStyle: { fontSize: 15 } },
    aria: { enabled: true, label: { enabled: true, description: `${title}。${description}` } },
    animation: false
  };
}

/** Text of a list for the aria description: "a；b；c". Long lists are cut with a count. */
export function listText(items: string[], max = 30): string {
  if (items.length <= max) return items.join('；');
  return `${items.slice(0, max).join('；')}；另有 ${items.length - max} 项`;
}

/** What a chart item stands for, so a click on it opens its source (/source): document, basis, figure key. */
export interface FigureRef {
  doc: string;
  basis: string;
  figure: string;
}

export const figureRef = (row: { doc_id: string; basis: string }, figure: string): FigureRef => ({ doc: row.doc_id, basis: row.basis, figure });

/** The figure a clicked chart item carries, if any (the chart's onItemClick passes the item's data). */
export function clickedFigure(data: unknown): FigureRef | null {
  const figure = (data as { figure?: FigureRef } | null)?.figure;
  return figure && typeof figure.doc === 'string' && typeof figure.figure === 'string' ? figure : null;
}
