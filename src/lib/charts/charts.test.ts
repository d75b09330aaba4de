import { describe, expect, it } from 'vitest';
import type { FunctionLineRow, FunctionShareRow, OverviewRow, SangongTrendRow } from '../db/types';
import { unitColors, PALETTE } from './colors';
import { clickedFigure, type ChartOption } from './common';
import { amountText, escapeHtml, shortUnitName, tidyAmounts, wan } from './format';
import { personnelPublicOption } from './personnel';
import { appropriationRankingOption } from './ranking';
import { sangongItemsOption, sangongTrendOption } from './sangong';
import { staffScatterOption } from './scatter';
import { basicProjectOption, functionStructureOption } from './structure';
import { functionTreemapOption, functionTree, pathTo, smallItems } from './treemap';

const EVIL = '<img src=x onerror=alert(1)>';
const A = { unit_id: 'u-a', unit_name: '乌鲁木齐县人民政府办公室' };
const B = { unit_id: 'u-b', unit_name: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）' };

function overviewRow(unit: { unit_id: string; unit_name: string }, patch: Partial<OverviewRow>): OverviewRow {
  const empty = Object.fromEntries(
    ['city', 'region', 'doc_scope', 'appropriation', 'general_budget', 'gov_fund', 'basic', 'project', 'personnel', 'public_funds',
      'sangong_total', 'sangong_outbound', 'sangong_reception', 'sangong_vehicle_total', 'sangong_vehicle_purchase',
      'sangong_vehicle_operation', 'operating_costs', 'staff_quota', 'staff_actual', 'staff_active', 'appropriation_per_staff',
      'personnel_per_staff', 'public_funds_per_staff', 'rank_appropriation', 'peer_median_appropriation', 'peer_median_per_staff'].map((k) => [k, null])
  );
  return { ...empty, ...unit, year: 2023, basis: 'stated', ...patch } as OverviewRow;
}

const rows: OverviewRow[] = [
  overviewRow(A, { appropriation: 370.29, basic: 340.29, project: 33, personnel: 326.4, public_funds: 13.89, sangong_total: 0.34, staff_active: 21, personnel_per_staff: 326.4 / 21, public_funds_per_staff: 13.89 / 21 }),
  overviewRow(B, { appropriation: 468.53, basic: 376.03, project: 92.5, personnel: 253.55, public_funds: 122.48, sangong_total: 47.35, staff_active: 11, personnel_per_staff: 253.55 / 11, public_funds_per_staff: 122.48 / 11 })
];
const colors = unitColors(['u-b', 'u-a']);

type Tooltip = { formatter: (p: unknown) => string };
const tip = (option: ChartOption) => (option as unknown as { tooltip: Tooltip }).tooltip.formatter;
const series = (option: ChartOption) => (option as unknown as { series: { name: string; data: unknown[]; itemStyle?: { color: string } }[] }).series;
const values = (data: unknown[]) => data.map((d) => (typeof d === 'object' && d !== null && 'value' in d ? (d as { value: unknown }).value : d));

function expectCommon(option: ChartOption, title: string) {
  expect(option.title.text).toBe(title);
  expect(option.aria.enabled).toBe(true);
  expect(option.aria.label.description.startsWith(title)).toBe(true);
  // the PNG download is Chart.svelte's button, drawn from share/chart-export (full legend, footer)
  expect((option as Record<string, unknown>).toolbox).toBeUndefined();
}

describe('format', () => {
  it('shows 万元 with two decimals, half-up, and escapes HTML', () => {
    expect([wan(370.29), wan(0.345), wan(2.005), wan(-0.004), wan(null)]).toEqual(['370.29', '0.35', '2.01', '0.00', '—']);
    expect(escapeHtml(EVIL)).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('shows findings’ amounts with two decimals, years and counts as whole numbers, other text as it is', () => {
    expect([amountText('33.0'), amountText('12345.678900'), amountText('-0.0049'), amountText(''), amountText(null), amountText('编制单位：甲')])
      .toEqual(['33.00', '12345.68', '0.00', '—', '—', '编制单位：甲']);
    // compared-year / title-year carry years, staff-sum and performance-sum counts: never "2025.00".
    expect([amountText('2025'), amountText('16'), amountText('-3'), amountText('13.65%')]).toEqual(['2025', '16', '-3', '13.65%']);
  });
  it('tidies 元-converted amounts in messages (real corpus messages)', () => {
    expect(tidyAmounts('项目支出合计为 6484.0547 万元，而所属各项之和为 12968.1094 万元（相差 -6484.0547 万元）'))
      .toBe('项目支出合计为 6484.05 万元，而所属各项之和为 12968.11 万元（相差 -6484.05 万元）');
    expect(tidyAmounts('公用经费合计 217.832444 万元（相差 -0.002444 万元）')).toBe('公用经费合计 217.83 万元（相差 -24.44 元）');
    expect(tidyAmounts('说明中项目支出 22.00 万元')).toBe('说明中项目支出 22.00 万元');
  });
  it('shortens unit names for axes, keeping both ends', () => {
    expect(shortUnitName(A.unit_name)).toBe('乌鲁木齐县人民政府办公室');
    expect(shortUnitName(B.unit_name)).toBe('克拉玛依市乌…政府办公室');
    expect(shortUnitName('上海市黄浦区卫生健康委员会所属事业单位', 10)).toBe('上海市黄浦…事业单位');
  });
});

describe('colours', () => {
  it('give a unit the same colour whatever the selection', () => {
    expect(colors('u-a')).toBe(PALETTE[0]);
    expect(colors('u-b')).toBe(PALETTE[1]);
    const ranking = series(appropriationRankingOption([rows[1]!], colors))[0]!.data as { itemStyle: { color: string } }[];
    const scatter = series(staffScatterOption(rows, colors))[0]!.data as { itemStyle: { color: string } }[];
    expect(ranking[0]!.itemStyle.color).toBe(colors('u-b'));
    expect(scatter.map((d) => d.itemStyle.color)).toEqual([colors('u-a'), colors('u-b')]);
  });
});

describe('chart items open their source', () => {
  it('a bar carries its document, basis and figure; a click on it names them', () => {
    const withDoc = rows.map((r, i) => ({ ...r, doc_id: `doc${i}` }));
    const [basic] = series(basicProjectOption(withDoc, colors)) as { data: unknown[] }[];
    expect(clickedFigure(basic!.data[1])).toEqual({ doc: 'doc1', basis: 'stated', figure: 'basic' });
    const perStaff = series(personnelPublicOption(withDoc, colors, true)) as { data: unknown[] }[];
    expect(clickedFigure(perStaff[1]!.data[0])).toEqual({ doc: 'doc0', basis: 'stated', figure: 'public_funds_per_staff' });
    expect(clickedFigure({ value: 1 })).toBeNull();
    expect(clickedFigure(null)).toBeNull();
  });
});

describe('ranking', () => {
  it('orders by appropriation and describes the figures', () => {
    const option = appropriationRankingOption(rows, colors);
    expectCommon(option, '财政拨款排名');
    expect(values(series(option)[0]!.data)).toEqual([468.53, 370.29]);
    expect(option.aria.label.description).toContain('乌鲁木齐县人民政府办公室 370.29 万元');
    expect(option.aria.label.description).toContain('中位数 419.41 万元');
    expect(JSON.stringify((option as unknown as { xAxis: unknown }).xAxis)).toContain('万元');
  });

  it('names the document a figure comes from in its tooltip', () => {
    const option = appropriationRankingOption([{ ...rows[1]!, doc_scope: '部门', doc_kind: '预算' }], colors);
    const [point] = series(option)[0]!.data as { value: number; fullName: string; source: string }[];
    const tip = (option as unknown as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter({ name: '', value: point!.value, data: point });
    expect(tip).toBe(`${B.unit_name}<br/>财政拨款：468.53 万元<br/>来源：2023 年度部门预算`);
  });
  it('takes the median and the count of the whole selection when given only its top rows', () => {
    const option = appropriationRankingOption([rows[1]!], colors, { total: 40, median: 123.45 });
    expect(option.title.text).toBe('财政拨款排名（前 1 个，共 40 个）');
    expect(option.title.subtext).toBe('虚线为所选范围的中位数 123.45 万元');
    expect(option.aria.label.description).toContain('中位数 123.45 万元');
  });
});

describe('structure', () => {
  const shares: FunctionShareRow[] = [
    { ...A, year: 2023, basis: 'stated', doc_scope: '部门', doc_kind: '预算', code: '201', name: '一般公共服务支出', amount: 305.5, share: 305.5 / 370.29 },
    { ...A, year: 2023, basis: 'stated', doc_scope: '部门', doc_kind: '预算', code: '208', name: '社会保障和就业支出', amount: 39.79, share: 39.79 / 370.29 },
    { ...B, year: 2023, basis: 'stated', doc_scope: '部门', doc_kind: '预算', code: '201', name: '一般公共服务支出', amount: 388.11, share: 388.11 / 468.53 }
  ];
  it('stacks function classes to 100% per unit', () => {
    const option = functionStructureOption(shares);
    expectCommon(option, '支出结构（功能分类）');
    expect(series(option).map((s) => s.name)).toEqual(['201 一般公共服务支出', '208 社会保障和就业支出']);
    expect(values(series(option)[0]!.data)).toEqual([82.5, 82.84]);
    expect(values(series(option)[1]!.data)).toEqual([10.75, 0]);
    expect(option.aria.label.description).toContain('乌鲁木齐县人民政府办公室 201 一般公共服务支出 305.50 万元，占 82.50%');
  });
  it('escapes names in tooltips', () => {
    const html = tip(functionStructureOption(shares))({ name: EVIL, seriesName: EVIL, value: 10, data: { amount: 1 } });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });
  it('splits basic and project', () => {
    const option = basicProjectOption(rows, colors);
    expectCommon(option, '基本支出与项目支出');
    expect(values(series(option)[0]!.data)).toEqual([340.29, 376.03]);
    expect(values(series(option)[1]!.data)).toEqual([33, 92.5]);
    expect(tip(option)({ name: EVIL, seriesName: '基本支出', value: 1 })).not.toContain('<img');
  });
});

describe('personnel vs public funds', () => {
  it('in 万元 and per active staff member', () => {
    const total = personnelPublicOption(rows, colors, false);
    expectCommon(total, '人员经费与公用经费');
    expect(values(series(total)[0]!.data)).toEqual([326.4, 253.55]);
    const per = personnelPublicOption(rows, colors, true);
    expectCommon(per, '在职人均人员经费与公用经费');
    expect(per.aria.label.description).toContain('人员经费 15.54 万元/人');
    expect(JSON.stringify((per as unknown as { yAxis: unknown }).yAxis)).toContain('万元/人');
    expect(tip(per)({ name: EVIL, seriesName: '人员经费', value: 1 })).not.toContain('<img');
  });
  it('keeps unit colours on the bars and explains the shades with a grey legend', () => {
    const option = personnelPublicOption(rows, colors, false) as unknown as {
      legend: { data: { name: string; itemStyle: { color: string; opacity: number } }[] };
      series: { name: string; data: { itemStyle: { color: string; opacity: number } }[] }[];
    };
    expect(option.legend.data.map((d) => [d.name, d.itemStyle.color, d.itemStyle.opacity])).toEqual([['人员经费', '#666', 1], ['公用经费', '#666', 0.4]]);
    expect(option.series.map((s) => s.data.map((d) => [d.itemStyle.color, d.itemStyle.opacity]))).toEqual([
      [[colors('u-a'), 1], [colors('u-b'), 1]],
      [[colors('u-a'), 0.4], [colors('u-b'), 0.4]]
    ]);
  });
});

describe('三公', () => {
  const trend: SangongTrendRow[] = [
    { ...A, year: 2022, basis: 'prior', doc_scope: '部门', doc_kind: '预算', sangong_total: 43.55, sangong_outbound: 0, sangong_reception: 0.35, sangong_vehicle_total: null, sangong_vehicle_purchase: 0, sangong_vehicle_operation: 43.2, items_known: 2, change_total: null },
    { ...A, year: 2023, basis: 'stated', doc_scope: '部门', doc_kind: '预算', sangong_total: 0.34, sangong_outbound: 0, sangong_reception: 0.34, sangong_vehicle_total: 0, sangong_vehicle_purchase: 0, sangong_vehicle_operation: 0, items_known: 3, change_total: -43.21 }
  ];
  it('draws each unit by year with the change marked', () => {
    const option = sangongTrendOption(trend, colors);
    expectCommon(option, '“三公”经费变化');
    expect(series(option)[0]!.itemStyle!.color).toBe(colors('u-a'));
    expect(values(series(option)[0]!.data)).toEqual([43.55, 0.34]);
    expect(option.aria.label.description).toContain('2023 年本年预算 三公经费 0.34 万元，比上年 -43.21 万元');
    expect(option.aria.label.description).toContain('2022 年上年（据说明推算） 三公经费 43.55 万元');
    const html = tip(option)({ seriesName: EVIL, name: '', value: ['2023', 0.34], data: { basis: 'stated', change: -43.21 } });
    expect(html).not.toContain('<img');
    expect(html).toContain('比上年 -43.21');
  });
  it('breaks down items', () => {
    const option = sangongItemsOption(trend);
    expectCommon(option, '“三公”经费构成');
    expect(series(option).map((s) => s.name)).toEqual(['因公出国（境）费', '公务用车购置费', '公务用车运行费', '公务接待费']);
    expect(values(series(option)[2]!.data)).toEqual([43.2, 0]);
  });
  it('labels the axis with short names and gives the full name, escaped, in the tooltip', () => {
    const long = [{ ...trend[1]!, ...B }, { ...trend[1]!, unit_name: EVIL }];
    const option = sangongItemsOption(long);
    const axis = (option as unknown as { yAxis: { data: string[] } }).yAxis.data;
    expect(axis[0]).toBe('2023 克拉玛依市乌…政府办公室');
    expect(option.aria.label.description).toContain(`${B.unit_name} 2023`);
    const html = tip(option)({ name: axis[1], seriesName: '公务接待费', value: 0.34, data: { fullName: `${EVIL} 2023` } });
    expect(html).toContain('&lt;img');
    expect(html).not.toContain('<img');
  });
});

describe('scatter', () => {
  it('plots staff against appropriation with the per-capita median', () => {
    const option = staffScatterOption(rows, colors);
    expectCommon(option, '在职人数与财政拨款');
    expect(values(series(option)[0]!.data)).toEqual([[21, 370.29], [11, 468.53]]);
    expect(option.aria.label.description).toContain(`同组在职人均财政拨款中位数 ${wan((370.29 / 21 + 468.53 / 11) / 2)} 万元/人`);
    expect(JSON.stringify((option as unknown as { xAxis: unknown }).xAxis)).toContain('在职人数（人）');
    const html = tip(option)({ seriesName: '单位', data: { name: EVIL, value: [21, 370.29], sangong: 0.34 } });
    expect(html).not.toContain('<img');
    expect(html).toContain('17.63 万元/人');
  });
  it('ends the median guide line inside the data (ECharts drops lines that leave the axes)', () => {
    const line = (staffScatterOption(rows, colors) as unknown as { series: { markLine: { data: { coord: [number, number] }[][] } }[] }).series[0]!.markLine.data[0]!;
    const median = (370.29 / 21 + 468.53 / 11) / 2;
    expect(line[0]!.coord).toEqual([0, 0]);
    expect(line[1]!.coord[0]).toBeLessThanOrEqual(21);
    expect(line[1]!.coord[1]).toBeLessThanOrEqual(468.53);
    expect(line[1]!.coord[1]! / line[1]!.coord[0]!).toBeCloseTo(median, 9);
  });
});

describe('treemap', () => {
  const lines: FunctionLineRow[] = [
    { code: '201', name: '一般公共服务支出', level: 1, amount: 305.5 },
    { code: '20103', name: '政府办公厅（室）及相关机构事务', level: 2, amount: 305.5 },
    { code: '2010301', name: '行政运行', level: 3, amount: 221.57 },
    { code: '2010308', name: '信访事务', level: 3, amount: 5 },
    { code: '2010350', name: '事业运行', level: 3, amount: 78.93 },
    { code: '212', name: '城乡社区支出', level: 1, amount: 8 }
  ];
  it('nests 类→款→项 by code', () => {
    const tree = functionTree(lines);
    expect(tree.map((n) => n.code)).toEqual(['201', '212']);
    expect(tree[0]!.children![0]!.children!.map((n) => [n.code, n.value])).toEqual([['2010301', 221.57], ['2010308', 5], ['2010350', 78.93]]);
  });
  it('draws one level under the root the page asks for, and finds the path to it', () => {
    const top = series(functionTreemapOption(lines, '乌鲁木齐县人民政府办公室', 2023))[0]!.data as { code: string; drillable: boolean }[];
    expect(top.map((n) => [n.code, n.drillable])).toEqual([['201', true], ['212', false]]);
    const into = functionTreemapOption(lines, '乌鲁木齐县人民政府办公室', 2023, '20103');
    expect((series(into)[0]!.data as { code: string }[]).map((n) => n.code)).toEqual(['2010301', '2010308', '2010350']);
    expect(into.title.text).toBe('2023 年支出功能分类（20103 政府办公厅（室）及相关机构事务）');
    expect(pathTo(functionTree(lines), '2010308').map((n) => n.code)).toEqual(['201', '20103', '2010308']);
    expect(pathTo(functionTree(lines), '999')).toEqual([]);
  });
  it('lists the items too small to see', () => {
    expect(smallItems(lines).map((i) => i.code)).toEqual(['2010308']);
  });
  it('describes the tree and escapes tooltips', () => {
    const option = functionTreemapOption(lines, EVIL, 2023);
    expectCommon(option, '2023 年支出功能分类（类→款→项）');
    expect(option.aria.label.description).toContain('2010301 行政运行 221.57 万元');
    const html = tip(option)({ name: EVIL, value: 5, treePathInfo: [{ name: EVIL }, { name: EVIL }] });
    expect(html).not.toContain('<img');
  });
});
