/**
 * Browser only: draws a chart's export option (chart-export.ts) on an offscreen canvas at 2× and
 * returns the PNG bytes. Offscreen, so the page's chart keeps its paged legend and size.
 */
import { init } from 'echarts/core';
import '../charts/echart'; // registers the charts and components
import type { ChartOption } from '../charts/common';
import { exportOption } from './chart-export';

export const PNG_RATIO = 2;

export function chartPng(option: ChartOption, footer: string, width: number, height: number): Blob {
  const shaped = exportOption(option, footer, width, height);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${shaped.height}px`;
  document.body.append(host);
  const chart = init(host, undefined, { renderer: 'canvas', locale: 'ZH', width, height: shaped.height, devicePixelRatio: PNG_RATIO });
  try {
    chart.setOption(shaped.option);
    const url = chart.getDataURL({ type: 'png', pixelRatio: PNG_RATIO, backgroundColor: '#fff' });
    // decoded here, not fetched: the Content-Security-Policy need not allow data: for connect-src
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    return new Blob([bytes], { type: 'image/png' });
  } finally {
    chart.dispose();
    host.remove();
  }
}

export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
