/**
 * 预算执行 shown: rows grouped per unit-year, the source of each side in words, and the rate chart.
 * Pure functions (tested in Node); the page only renders them.
 */
import { base, listText, type ChartOption } from '../charts/common';
import { escapeHtml, percent, shortUnitName, wan } from '../charts/format';
import { toCsv } from '../components/csv';
import type { ExecutionRow } from './query';

export interface UnitExecution {
  unit_id: string;
  unit_name: string;
  year: number;
  /** Where the 预算 side comes from, in words ('' when there is none). */
  budgetSource: string;
  finalSource: string;
  items: ExecutionRow[];
}

export function groupExecution(rows: readonly ExecutionRow[]): UnitExecution[] {
  const groups = new Map<string, UnitExecution>();
  for (const row of rows) {
    const key = `${row.unit_id}|${row.year}|${row.final_doc_id}`;
    let group = groups.get(key);
    if (!group) {
      group = { unit_id: row.unit_id, unit_name: row.unit_name ?? '（未识别单位名称）', year: row.year, budgetSource: budgetSource(row), finalSource: `${row.year} 年度${row.doc_scope ?? ''}决算`, items: [] };
      groups.set(key, group);
    }
    group.items.push(row);
  }
  return [...groups.values()];
}

function budgetSource(row: ExecutionRow): string {
  if (row.budget_doc_id === null) return '';
  const scope = row.budget_scope ?? '';
  return row.budget_basis === 'prior' ? `${row.year + 1} 年度${scope}预算说明所列上年数` : `${row.year} 年度${scope}预算`;
}

/** 决算 / 预算 as a percentage; '—' without a budget (never a rate against 0 or a missing figure). */
export const rateText = (row: Pick<ExecutionRow, 'rate'>): string => percent(row.rate);

export function differenceText(row: Pick<ExecutionRow, 'difference'>): string {
  if (row.difference === null) return '—';
  return `${row.difference > 0 ? '+' : ''}${wan(row.difference)}`;
}

/**
 * 财政拨款 execution rate per unit (决算 / 预算). Units without a 预算 to compare are named in the
 * subtitle, never drawn as 0 %.
 */
export function executionRateOption(groups: readonly UnitExecution[], item = 'appropriation'): ChartOption {
  const withRate = groups.map((g) => ({ g, row: g.items.find((r) => r.item === item) })).filter((x) => x.row?.rate !== null && x.row?.rate !== undefined);
  const missing = groups.filter((g) => !withRate.some((x) => x.g === g)).map((g) => g.unit_name);
  const label = groups[0]?.items.find((r) => r.item === item)?.label ?? '财政拨款';
  const subtext = `虚线为 100%${missing.length ? `；无可比预算数：${listText(missing, 5)}` : ''}`;
  const names = withRate.map((x) => x.g.unit_name);
  return {
    ...base(`${label}执行率（决算 / 预算）`, `${withRate.length} 个单位：${listText(withRate.map((x) => `${x.g.unit_name} ${percent(x.row!.rate)}`))}`, subtext),
    grid: { left: 8, right: 56, top: 64, bottom: 16, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const { g, row } = withRate[p.dataIndex]!;
        return `${escapeHtml(g.unit_name)}<br/>预算 ${wan(row!.budget)} 万元（${escapeHtml(g.budgetSource)}）<br/>决算 ${wan(row!.final)} 万元（${escapeHtml(g.finalSource)}）<br/>执行率 ${percent(row!.rate)}`;
      }
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', inverse: true, data: names.map((n) => shortUnitName(n)), axisLabel: { interval: 0 } },
    series: [{
      type: 'bar',
      data: withRate.map((x) => x.row!.rate),
      label: { show: true, position: 'right', formatter: (p: { value: number }) => percent(p.value) },
      // the 100 % guide is named in the subtitle: a label of its own would sit on the axis label
      markLine: { symbol: 'none', silent: true, label: { show: false }, data: [{ xAxis: 1 }], lineStyle: { type: 'dashed', color: '#555' } }
    }]
  } as ChartOption;
}

/** The CSV of what the page shows: numbers as plain numbers (万元, two decimals), blank when missing, each row's sources named. */
export function executionCsv(groups: readonly UnitExecution[], scope: string): string {
  const number = (value: number | null) => (value === null ? '' : wan(value));
  const rows = groups.flatMap((g) => g.items.map((row) => ({ g, row })));
  return toCsv(rows, [
    { label: '单位', text: ({ g }) => g.unit_name },
    { label: '年度', text: ({ g }) => String(g.year) },
    { label: '项目', text: ({ row }) => row.label },
    { label: '预算（万元）', text: ({ row }) => number(row.budget) },
    { label: '决算表所列预算数（万元）', text: ({ row }) => number(row.budget_in_final) },
    { label: '决算（万元）', text: ({ row }) => number(row.final) },
    { label: '差额（万元）', text: ({ row }) => number(row.difference) },
    { label: '执行率', text: ({ row }) => (row.rate === null ? '' : percent(row.rate)) },
    { label: '预算来源', text: ({ g }) => g.budgetSource },
    { label: '决算来源', text: ({ g }) => g.finalSource },
    { label: '口径', text: () => scope }
  ]);
}
