/**
 * 对比's charts at 8 and at 300 units (table-driven): every category label drawn (interval 0),
 * the height grows then a slider takes over and the subtitle says so; missing figures named, never
 * 0; 三公 years with gaps and partial years; tooltips naming the source document; pick colours.
 */
import { describe, expect, it } from 'vitest';
import type { FunctionShareRow, OverviewRow, SangongTrendRow } from '../db/types';
import { NEUTRAL, PICK_PALETTE, pickColors } from './colors';
import type { ChartOption } from './common';
import { categoryLayout, missingNote, sourceText, VISIBLE } from './layout';
import { hasStaff, personnelPublicOption } from './personnel';
import { sangongItemsOption, sangongTrendOption, TREND_LINES, yearRange } from './sangong';
import { staffScatterOption } from './scatter';
import { basicProjectOption, functionStructureOption } from './structure';

// Seed figures (乌鲁木齐县人民政府办公室 2023 and 克拉玛依市乌尔禾区人民政府办公室 2023), then made-up units.
const SEEDS = [
  { unit_id: 'u-a', unit_name: '乌鲁木齐县人民政府办公室', appropriation: 370.29, basic: 340.29, project: 33, personnel: 326.4, public_funds: 13.89, sangong_total: 0.34, staff_active: 21 },
  { unit_id: 'u-b', unit_name: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', appropriation: 468.53, basic: 376.03, project: 92.5, personnel: 253.55, public_funds: 122.48, sangong_total: 47.35, staff_active: 11 }
];
function unitRows(n: number): OverviewRow[] {
  return Array.from({ length: n }, (_, i) => {
    const seed = SEEDS[i] ?? { unit_id: `u-${i}`, unit_name: `测试单位${i}`, appropriation: 100 + i, basic: 80 + i, project: 20, personnel: 60, public_funds: 20, sangong_total: 1, staff_active: 10 };
    const per = (v: number) => (seed.staff_active ? v / seed.staff_active : null);
    return { city: null, region: null, year: 2023, basis: 'stated', doc_kind: '预算', doc_scope: '部门', scope_documents: 1, doc_id: `d-${i}`, income_total: null,
      expenditure_total: null, general_budget: null, gov_fund: null, sangong_outbound: null, sangong_reception: null, sangong_vehicle_total: null,
      sangong_vehicle_purchase: null, sangong_vehicle_operation: null, operating_costs: null, staff_quota: null, staff_actual: null,
      appropriation_per_staff: per(seed.appropriation), personnel_per_staff: per(seed.personnel), public_funds_per_staff: per(seed.public_funds),
      rank_appropriation: null, peer_median_appropriation: null, peer_median_per_staff: null, total_rows: n, ...seed } as OverviewRow;
  });
}
const shares = (rows: OverviewRow[]): FunctionShareRow[] =>
  rows.map((r) => ({ unit_id: r.unit_id, unit_name: r.unit_name, year: 2023, basis: 'stated', doc_scope: '部门', doc_kind: '预算', code: '201', name: '一般公共服务支出', amount: r.appropriation!, share: 1 }));
const trendRows = (rows: OverviewRow[]): SangongTrendRow[] =>
  rows.map((r) => ({ unit_id: r.unit_id, unit_name: r.unit_name, year: 2023, basis: 'stated', doc_scope: '部门', doc_kind: '预算', sangong_total: r.sangong_total,
    sangong_outbound: 0, sangong_reception: r.sangong_total, sangong_vehicle_total: 0, sangong_vehicle_purchase: 0, sangong_vehicle_operation: 0, items_known: 3, change_total: null }));

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const o = (option: ChartOption) => option as unknown as Any;
const categoryAxis = (option: ChartOption) => (o(option).yAxis.type === 'category' ? o(option).yAxis : o(option).xAxis);

describe.each([8, 300])('bar charts with %i units', (n) => {
  const rows = unitRows(n);
  const colors = pickColors(rows.map((r) => r.unit_id));
  const charts: [string, ChartOption][] = [
    ['structure', functionStructureOption(shares(rows), rows)],
    ['basic-project', basicProjectOption(rows, colors)],
    ['personnel', personnelPublicOption(rows, colors, false)],
    ['personnel-per-staff', personnelPublicOption(rows, colors, true)],
    ['sangong-items', sangongItemsOption(trendRows(rows))]
  ];
  it.each(charts)('%s draws every label and scrolls or grows', (_, option) => {
    const axis = categoryAxis(option);
    expect(axis.data).toHaveLength(n);
    expect(axis.axisLabel.interval).toBe(0); // ECharts never thins the labels on its own
    const zoom = o(option).dataZoom as Any[] | undefined;
    const visible = axis === o(option).yAxis ? VISIBLE.y : VISIBLE.x;
    if (n <= visible) {
      expect(zoom).toBeUndefined();
      expect(option.title.subtext ?? '').not.toContain('滑块');
    } else {
      expect(zoom![0]).toMatchObject({ type: 'slider', startValue: 0, endValue: visible - 1 });
      expect(option.title.subtext).toContain(`共 ${n} 项，一次显示 ${visible} 项`);
    }
  });
  it('grows the horizontal bars with the rows up to a cap', () => {
    const height = basicProjectOption(rows, colors).layoutHeight!;
    expect(height).toBe(categoryLayout(n, 'y').height);
    expect(height).toBeGreaterThanOrEqual(130 + 26 * Math.min(n, VISIBLE.y));
    expect(height).toBeLessThanOrEqual(900);
  });
  it('draws at most a dozen 三公 lines and names how many it leaves to the table', () => {
    const option = sangongTrendOption(trendRows(rows), colors, rows.map((r) => r.unit_id));
    expect(o(option).series).toHaveLength(Math.min(n, TREND_LINES));
    if (n > TREND_LINES) expect(option.title.subtext).toContain(`其余 ${n - TREND_LINES} 个单位`);
  });
});

describe('missing figures', () => {
  const rows = unitRows(3).map((r, i) => (i === 2 ? { ...r, basic: null, project: null, staff_active: null, personnel_per_staff: null, public_funds_per_staff: null, appropriation_per_staff: null } : r));
  const colors = pickColors(rows.map((r) => r.unit_id));
  it('labels a unit without the figure 无数据 and names it, never drawing 0', () => {
    const option = basicProjectOption(rows, colors);
    expect(o(option).yAxis.data[2]).toBe('测试单位2（无数据）');
    expect(o(option).series[0].data[2].value).toBeNull();
    expect(option.title.subtext).toContain('基本支出和项目支出无数据：测试单位2');
    expect(o(option).tooltip.formatter({ name: '', seriesName: '基本支出', value: null, data: { fullName: '测试单位2' } })).toContain('无数据');
  });
  it('names units without staff counts; none at all is the page’s message, not an empty frame', () => {
    expect(personnelPublicOption(rows, colors, true).title.subtext).toContain('在职人数无数据：测试单位2');
    expect(hasStaff(rows)).toBe(true);
    expect(hasStaff(rows.map((r) => ({ ...r, staff_active: null })))).toBe(false);
    expect(staffScatterOption(rows, colors).title.subtext).toContain('在职人数或财政拨款无数据：测试单位2');
  });
  it('keeps a unit without a function table as an empty, labelled row', () => {
    const option = functionStructureOption(shares(rows.slice(0, 2)), rows);
    expect(o(option).yAxis.data).toHaveLength(3);
    expect(o(option).yAxis.data[2]).toContain('（无数据）');
    expect(o(option).series[0].data[2].value).toBeNull();
  });
  it('lists three names then a count', () => {
    expect(missingNote(['甲', '乙', '丙', '丁', '戊'], '人员经费')).toBe('人员经费无数据：甲、乙、丙 等 5 个单位');
    expect(missingNote([], '人员经费')).toBe('');
  });
});

describe('三公 years', () => {
  // 江苏 seeds publish 2018; a unit with 2018 and 2022 only must not look like consecutive years.
  const base = trendRows(unitRows(1))[0]!;
  const rows: SangongTrendRow[] = [
    { ...base, year: 2018, sangong_total: 12.5, items_known: 3 },
    { ...base, year: 2022, basis: 'prior', sangong_total: 43.55, sangong_vehicle_total: null, items_known: 2 },
    { ...base, year: 2023, sangong_total: 0.34, change_total: -43.21 }
  ];
  const option = sangongTrendOption(rows, pickColors([base.unit_id]));
  it('puts the missing years on the axis as gaps', () => {
    expect(yearRange([2022, 2018])).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(o(option).xAxis.data).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
    expect(o(option).series[0].data.map((d: Any) => d?.value ?? null)).toEqual([12.5, null, null, null, 43.55, 0.34]);
    expect(o(option).series[0].connectNulls).toBe(false);
    expect(option.title.subtext).toContain('2019、2020、2021 年无文件，折线在此断开');
  });
  it('marks a year known in part and says so in the tooltip, with the source', () => {
    const point = o(option).series[0].data[4];
    expect(point.symbol).toBe('emptyDiamond');
    const html = o(option).tooltip.formatter({ seriesName: base.unit_name, name: '2022', value: 43.55, data: point });
    expect(html).toContain('仅公开三项中的 2 项，合计不完整');
    expect(html).toContain('来源：部门预算说明中的上年数（推算）');
    expect(o(option).tooltip.formatter({ seriesName: '', name: '2023', value: 0.34, data: o(option).series[0].data[5] })).toContain('来源：2023 年度部门预算');
    expect(sangongItemsOption(rows).title.subtext).toContain('1 个标“部分”');
  });
});

describe('sources', () => {
  it('names the year, 口径 and kind of the document', () => {
    expect(sourceText({ year: 2026, basis: 'stated', doc_scope: '部门', doc_kind: '预算' })).toBe('来源：2026 年度部门预算');
    expect(sourceText({ year: 2025, basis: 'stated', doc_scope: '单位', doc_kind: '决算' })).toBe('来源：2025 年度单位决算');
  });
});

/** CIELAB ΔE76 between two #rrggbb colours. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [(r * 0.4124 + g * 0.3576 + bl * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + bl * 0.0722, (r * 0.0193 + g * 0.1192 + bl * 0.9505) / 1.08883];
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('pick colours', () => {
  it('has at least 12 colours, each ≥ 25 ΔE from every other and from the neutral grey', () => {
    expect(PICK_PALETTE.length).toBeGreaterThanOrEqual(12);
    const all = [...PICK_PALETTE, NEUTRAL];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(deltaE(all[i]!, all[j]!), `${all[i]} ~ ${all[j]}`).toBeGreaterThanOrEqual(25);
  });
  it.each([3, 8, 12, 300])('gives %i picked units distinct colours by position, the 13th on grey', (n) => {
    const ids = Array.from({ length: n }, (_, i) => `p-${n - i}`); // pick order, not sorted
    const colors = pickColors(ids);
    const own = ids.slice(0, 12).map(colors);
    expect(new Set(own).size).toBe(own.length);
    expect(own).toEqual(PICK_PALETTE.slice(0, own.length));
    expect(ids.slice(12).every((id) => colors(id) === NEUTRAL)).toBe(true);
    expect(colors.distinct).toBe(Math.min(n, 12));
  });
  it('labels every bar by name, so grey units are told apart by their label', () => {
    const rows = unitRows(20);
    const option = basicProjectOption(rows, pickColors(rows.map((r) => r.unit_id)));
    expect(new Set(o(option).yAxis.data).size).toBe(20);
  });
});

describe('one unit order across charts', () => {
  it('structure and 三公 items follow the page’s order, not the SQL’s', () => {
    const rows = unitRows(3).reverse(); // the page's order: 测试单位2, 乌尔禾…, 乌鲁木齐…
    const ids = rows.map((r) => r.unit_id);
    const structure = functionStructureOption(shares([...rows].reverse()), rows);
    expect(o(structure).series[0].data.map((d: Any) => d.fullName)).toEqual(rows.map((r) => r.unit_name));
    const items = sangongItemsOption(trendRows([...rows].reverse()), null, ids);
    expect(o(items).series[0].data.map((d: Any) => d.fullName.split(' ')[0])).toEqual(rows.map((r) => r.unit_name));
  });
});

describe('三公 legend', () => {
  it.each([[2, 360], [8, 408], [12, 432]])('names all %i lines in a plain legend, the chart %i px tall', (n, height) => {
    const rows = unitRows(n);
    const option = sangongTrendOption(trendRows(rows), pickColors(rows.map((r) => r.unit_id)), rows.map((r) => r.unit_id));
    expect(o(option).legend.type).toBe('plain');
    expect(option.layoutHeight).toBe(height);
  });
});
