/**
 * Svelte action that mounts a pure option on a canvas chart: `use:echart={option}`.
 * ECharts is imported modularly; only the charts and components used are registered.
 * The node gets data-chart-state="drawn" after each render finishes (tests and the bench wait for it).
 */
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, ScatterChart, TreemapChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, BoxplotChart, LineChart, ScatterChart, TreemapChart, AriaComponent, DataZoomComponent, GridComponent, LegendComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, CanvasRenderer]);

/** A chart's option, and what to do when a data item is clicked (the item's data object is passed). */
/** pixelRatio (read once): a chart shown enlarged by CSS zoom (meeting mode) draws at the enlarged resolution. */
type EchartObject = { option: EChartsCoreOption; onItemClick?: (data: unknown) => void; pixelRatio?: number };
export type EchartParams = EChartsCoreOption | EchartObject;

const split = (params: EchartParams): EchartObject =>
  'option' in params && typeof params.option === 'object' ? (params as EchartObject) : { option: params as EChartsCoreOption, onItemClick: undefined };

export function echart(node: HTMLElement, params: EchartParams) {
  const chart: ECharts = init(node, undefined, { renderer: 'canvas', locale: 'ZH', devicePixelRatio: split(params).pixelRatio });
  let onItemClick = split(params).onItemClick;
  chart.on('click', (event) => onItemClick?.(event.data));
  const drawn = () => {
    node.dataset.chartState = 'drawn';
    node.dispatchEvent(new CustomEvent('chartdrawn', { bubbles: true }));
  };
  chart.on('finished', drawn);
  // One instance per chart for its lifetime; an update replaces the option (series may come and
  // go) and draws on the next frame, so several charts updating together share one frame.
  const render = (next: EChartsCoreOption) => {
    node.dataset.chartState = 'drawing';
    const { layoutHeight: _, ...option } = next as EChartsCoreOption & { layoutHeight?: number };
    chart.setOption(option, { notMerge: true, lazyUpdate: true });
  };
  render(split(params).option);
  // ResizeObserver also reports the size a node already has (on observe, on a page's reflow): a
  // resize redraws the whole chart, so only a real change of size asks for one.
  let size = `${node.clientWidth}x${node.clientHeight}`;
  const observer = new ResizeObserver(() => {
    const next = `${node.clientWidth}x${node.clientHeight}`;
    if (next === size) return;
    size = next;
    chart.resize();
  });
  observer.observe(node);
  return {
    update(next: EchartParams) {
      onItemClick = split(next).onItemClick;
      render(split(next).option);
    },
    destroy() {
      observer.disconnect();
      chart.dispose();
    }
  };
}
