/**
 * Meeting mode's deck: one chart or table per slide, each titled by what it finds ("三公经费：3 个
 * 单位同比增加") and footed by its sources. Pure: the pages' query answers in, slides out; the
 * charts are the pages' own option builders.
 */
import { deviationChartOption } from '../alerts/chart';
import { indicatorOf } from '../alerts/indicators';
import type { AlertsResult, AlertSummary } from '../alerts/query';
import { reasonText } from '../alerts/reason';
import { DEFAULT_THRESHOLDS } from '../alerts/thresholds';
import { pickColors, type UnitColors } from '../charts/colors';
import type { ChartOption } from '../charts/common';
import { wan } from '../charts/format';
import { appropriationRankingOption } from '../charts/ranking';
import { sangongTrendOption } from '../charts/sangong';
import type { CompareAll } from '../db/pages';
import type { Filters, HeadlineRow, OverviewRow, RankingRow } from '../db/types';
import { executionRateOption, groupExecution } from '../execution/view';
import type { ExecutionRow } from '../execution/query';
import { describeSelection, SCOPE_LABEL } from '../selection/describe';
import type { ShareColumn } from '../share/table';

/** The answers a deck is built from (undefined: that query failed or does not apply). */
export interface DeckData {
  filters: Filters;
  headline: HeadlineRow;
  ranking?: RankingRow[];
  compare?: CompareAll;
  execution?: ExecutionRow[];
  alerts?: AlertsResult;
}

export interface Slide {
  id: string;
  /** The finding, stated. */
  title: string;
  chart?: ChartOption;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each slide's table has rows of its own type
  table?: { columns: ShareColumn<any>[]; rows: readonly unknown[] };
  /** The 口径 sentence and documents the slide reads. */
  sources: string;
}

/** Below this share of its budget a unit's 财政拨款 execution is called out. */
export const LOW_EXECUTION = 0.95;
const TABLE_ROWS = 10;

export function buildDeck(data: DeckData, colors: UnitColors): Slide[] {
  const note = describeSelection(data.filters, data.headline);
  const slides: Slide[] = [];
  const ranking = data.ranking?.filter((r) => r.appropriation !== null) ?? [];
  if (ranking.length) {
    const top = ranking[0]!;
    slides.push({
      id: 'ranking',
      title: top.ranked === 1 ? `财政拨款：${top.unit_name} ${wan(top.appropriation)} 万元`
        : `财政拨款：${top.ranked} 个单位，最高为${top.unit_name}（${wan(top.appropriation)} 万元）` + (top.median_appropriation === null ? '' : `，中位数 ${wan(top.median_appropriation)} 万元`),
      chart: appropriationRankingOption(ranking.slice(0, 15), colors, { total: top.ranked, median: top.median_appropriation, max: 15 }),
      sources: note
    });
  }
  const rows = data.compare?.rows ?? [];
  if (rows.length) {
    const sorted = rows.filter((r) => r.appropriation !== null).toSorted((a, b) => b.appropriation! - a.appropriation!).slice(0, TABLE_ROWS);
    const picked = data.filters.units.length > 0;
    slides.push({
      id: 'table',
      title: `${picked ? '所选单位' : `财政拨款前 ${sorted.length} 个单位`}：财政拨款合计 ${wan(sum(sorted.map((r) => r.appropriation)))} 万元`,
      table: { columns: TABLE_COLUMNS, rows: sorted },
      sources: note
    });
  }
  const trend = data.compare?.trend ?? [];
  if (trend.length) {
    const order = rows.map((r) => r.unit_id);
    const change = data.alerts?.summary.find((s) => s.indicator === 'sangong_change');
    slides.push({
      id: 'sangong',
      title: change ? sangongTitle(change.flagged, change.units - change.missing - change.few) : '三公经费：各单位历年变化',
      chart: sangongTrendOption(trend, pickColors(order), order),
      sources: `${note} · 三公经费按年度取各年同口径${data.filters.kind}`
    });
  }
  const groups = data.execution ? groupExecution(data.execution) : [];
  if (groups.length) {
    const rated = groups.map((g) => g.items.find((r) => r.item === 'appropriation')?.rate ?? null).filter((r): r is number => r !== null);
    const low = rated.filter((r) => r < LOW_EXECUTION).length;
    slides.push({
      id: 'execution',
      title: rated.length ? `财政拨款执行率：${low ? `${low} 个单位低于 ${LOW_EXECUTION * 100}%` : `${rated.length} 个单位均不低于 ${LOW_EXECUTION * 100}%`}` : '财政拨款执行率：没有可比的预算数',
      chart: executionRateOption(groups),
      sources: `预算执行：${groups[0]!.year} 年度决算对照同年度预算 · 口径：${SCOPE_LABEL[data.filters.scope]} · ${groups.length} 个单位`
    });
  }
  const alerts = data.alerts;
  if (alerts && alerts.units.length) {
    const flagged = alerts.units.filter((u) => u.flags > 0);
    const flags = flagged.reduce((n, u) => n + u.flags, 0);
    const t = DEFAULT_THRESHOLDS;
    const reasons = (unitId: string, indicator: string) => {
      const cell = alerts.units.find((u) => u.unit_id === unitId)?.cells.find((c) => c.indicator === indicator);
      return cell ? reasonText(cell, t.peer, t.minPeers) : '';
    };
    // as on 预警: the chart only when it has something to draw, else the judgement per indicator
    const drawable = alerts.summary.some((s) => s.method === 'peer' && s.deviations)
      || alerts.units.some((u) => u.cells.some((c) => c.method === 'peer' && c.status === 'flag'));
    slides.push({
      id: 'alerts',
      title: flagged.length ? `预警：${flagged.length} 个单位 ${flags} 项` : `预警：${alerts.units.length} 个单位按默认阈值均未触发预警`,
      ...(drawable ? { chart: deviationChartOption(alerts.summary, alerts.units, t.k, reasons) }
        : { table: { columns: ALERT_COLUMNS, rows: alerts.summary.toSorted((a, b) => b.flagged - a.flagged) } }),
      sources: `${describeSelection({ ...data.filters, basis: 'stated' }, data.headline)} · 偏离同组中位数超过 ${t.k} 倍 MAD 即预警`
    });
  }
  return slides;
}

export function sangongTitle(increased: number, judged: number): string {
  if (judged === 0) return '三公经费：没有可比的上年数';
  return increased ? `三公经费：${increased} 个单位同比增加` : `三公经费：${judged} 个单位均未增加`;
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

const ALERT_COLUMNS: ShareColumn<AlertSummary>[] = [
  { label: '指标', kind: 'text', value: (s) => indicatorOf(s.indicator)?.label ?? s.indicator },
  { label: '判断方法', kind: 'text', value: (s) => (s.method === 'rule' ? (s.indicator === 'sangong_change' ? '比上年增加即预警' : '超编即预警') : '同组中位数与 MAD') },
  { label: '单位', kind: 'count', value: (s) => s.units },
  { label: '预警', kind: 'count', value: (s) => s.flagged },
  { label: '缺数', kind: 'count', value: (s) => s.missing },
  { label: '同组不足', kind: 'count', value: (s) => s.few }
];

const TABLE_COLUMNS: ShareColumn<OverviewRow>[] = [
  { label: '单位', kind: 'text', value: (r) => r.unit_name },
  { label: '财政拨款', kind: 'amount', value: (r) => r.appropriation },
  { label: '基本支出', kind: 'amount', value: (r) => r.basic },
  { label: '项目支出', kind: 'amount', value: (r) => r.project },
  { label: '三公合计', kind: 'amount', value: (r) => r.sangong_total },
  { label: '在职', kind: 'count', value: (r) => r.staff_active }
];
