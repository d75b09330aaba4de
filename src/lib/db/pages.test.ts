import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from './dataset-dir';
import { openNodeDb, type NodeDb } from './node';
import { comparePage, compareRows, compareStructure, compareTrend, overviewRanking, overviewTable } from './pages';
import { headline, overview, topUnits } from './queries';
import { buildSummary } from './summary-build';
import { SummaryMiss, summaryExecutor, type Summary } from './summary';
import { DEFAULT_FILTERS, DEFAULT_PAGE, type Filters } from './types';

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';
let db: NodeDb;
let summary: Summary;
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

beforeAll(async () => {
  db = await openNodeDb(datasetDir());
  summary = await buildSummary(datasetDir());
});
afterAll(() => db?.close());

describe('overview sorted and paged in SQL', () => {
  const names = async (patch: Partial<typeof DEFAULT_PAGE>) =>
    (await overview(db, f({ year: 2023 }), { ...DEFAULT_PAGE, ...patch })).map((r) => r.unit_name);
  it('sorts by any column, both ways, nulls last', async () => {
    expect(await names({ sort: 'appropriation', descending: true })).toEqual([URHO, URUMQI]); // 468.53 > 370.29
    expect(await names({ sort: 'personnel', descending: true })).toEqual([URUMQI, URHO]); // 326.40 > 253.55
    expect(await names({ sort: 'personnel', descending: false })).toEqual([URHO, URUMQI]);
    expect(await names({ sort: 'staff_active', descending: false })).toEqual([URHO, URUMQI]); // 11 < 21
    expect(await names({ sort: 'unit_name', descending: false })).toEqual([URUMQI, URHO].sort());
  });
  it('pages with limit and offset and counts the whole selection', async () => {
    const first = await overview(db, f({ year: 2023 }), { ...DEFAULT_PAGE, limit: 1, offset: 0 });
    const second = await overview(db, f({ year: 2023 }), { ...DEFAULT_PAGE, limit: 1, offset: 1 });
    expect([first.map((r) => r.unit_name), second.map((r) => r.unit_name)]).toEqual([[URHO], [URUMQI]]);
    expect([first[0]?.total_rows, second[0]?.total_rows]).toEqual([2, 2]);
    expect(second[0]?.rank_appropriation).toBe(2); // rank over the selection, not the page
    expect(second[0]?.peer_median_appropriation).toBe(419.41);
  });
  it('ignores a sort key it does not know (values only, never SQL)', async () => {
    expect(await names({ sort: 'x; DROP TABLE units' as 'appropriation' })).toEqual([URHO, URUMQI]);
  });
});

describe('page queries', () => {
  it('总览: headline, ranking and the first table page', async () => {
    const top = await overviewRanking(db, f({ year: 2023 }));
    expect(top.map((r) => [r.unit_name, r.appropriation, r.ranked, r.median_appropriation])).toEqual([[URHO, 468.53, 2, 419.41], [URUMQI, 370.29, 2, 419.41]]);
    expect((await overviewRanking(db, f({ year: 2023, city: '克拉玛依市' }))).map((r) => [r.ranked, r.median_appropriation])).toEqual([[1, 468.53]]);
    const table = await overviewTable(db, f({ year: 2023, city: '克拉玛依市' }));
    expect([table.total, table.rows.map((r) => r.appropriation)]).toEqual([1, [468.53]]);
  });
  it('对比: without a pick, the units in the overview’s order; with a pick, those', async () => {
    expect((await topUnits(db, f({ year: 2023 }), 1)).map((t) => t.total_units)).toEqual([2]);
    const all = await comparePage(db, f({ year: 2023 }));
    expect(all.rows.map((r) => r.unit_name)).toEqual([URHO, URUMQI]);
    expect(all.capped).toBe(false);
    expect(all.trend.find((r) => r.unit_name === URHO && r.year === 2023)?.sangong_total).toBe(47.35);
    const one = await comparePage(db, f({ year: 2023, units: [all.rows[1]!.unit_id] }));
    expect(one.rows.map((r) => r.unit_name)).toEqual([URUMQI]);
    expect(one.structure.filter((r) => r.code === '201').map((r) => r.amount)).toEqual([305.5]);
    expect((await comparePage(db, f({ q: '不存在的单位' }))).rows).toEqual([]);
  });
});

describe('对比 for any number of units', () => {
  it('without a pick: the top N in the overview’s order, counting the rest', async () => {
    const one = await compareRows(db, f({ year: 2023 }), 1);
    expect([one.rows.map((r) => r.unit_name), one.total, one.capped]).toEqual([[URHO], 2, true]);
    const all = await compareRows(db, f({ year: 2023 }), 300);
    expect([all.rows.map((r) => r.appropriation), all.total, all.capped]).toEqual([[468.53, 370.29], 2, false]);
  });
  it('with a pick: every picked unit in pick order, the ones without a row listed', async () => {
    const [urho, urumqi] = (await compareRows(db, f({ year: 2023 }), 20)).rows.map((r) => r.unit_id);
    const picked = await compareRows(db, f({ year: 2023, units: [urumqi!, 'no-such-unit', urho!] }), 20);
    expect(picked.rows.map((r) => r.unit_name)).toEqual([URUMQI, URHO]);
    expect([picked.missing, picked.capped]).toEqual([['no-such-unit'], false]);
  });
  it('structure and 三公 rows name their document', async () => {
    const structure = await compareStructure(db, f({ year: 2023 }), 20);
    expect(structure.find((r) => r.unit_name === URUMQI && r.code === '201')).toMatchObject({ amount: 305.5, doc_scope: expect.any(String), doc_kind: '预算' });
    const trend = await compareTrend(db, f({ year: 2023 }), 20);
    const urho = trend.find((r) => r.unit_name === URHO && r.year === 2023)!;
    expect([urho.sangong_total, urho.items_known, urho.doc_kind]).toEqual([47.35, 3, '预算']);
    const dept = await compareTrend(db, f({}), 20);
    expect(dept.every((r) => r.doc_scope === '部门')).toBe(true);
    expect((await compareTrend(db, f({ scope: 'unit' }), 20)).some((r) => r.doc_scope === '单位')).toBe(true);
  });
});

describe('the document shown', () => {
  it('keeps 部门 and 单位 documents of one unit-year apart, both reachable and labelled', async () => {
    const dept = await overview(db, f({}));
    const unit = await overview(db, f({ scope: 'unit' }));
    expect(dept.map((r) => [r.unit_name, r.year, r.doc_scope, r.doc_kind, r.scope_documents, r.appropriation]))
      .toEqual([['上海市普陀区司法局', 2026, '部门', '预算', 2, 9628.221344]]);
    expect(unit.map((r) => [r.unit_name, r.doc_scope, r.appropriation, r.income_total, r.expenditure_total]))
      .toEqual([['上海市普陀区司法局', '单位', 8695.940834, 8695.940834, 8695.940834]]);
    expect(dept[0]!.doc_id).not.toBe(unit[0]!.doc_id);
  });

  it('shows one year at a time: the latest of the selection unless one is asked for', async () => {
    expect((await headline(db, f({ city: '克拉玛依市' }))).year).toBe(2023);
    expect((await headline(db, f({ q: '江苏' }))).year).toBe(2018);
    const years = new Set((await overview(db, f({ q: '江苏' }))).map((r) => r.year));
    expect(years).toEqual(new Set([2018]));
    expect((await overview(db, f({ q: '江苏', year: 2017 }))).map((r) => r.unit_name).sort()).toEqual(['江苏省政协办公厅', '江苏省高级人民法院']);
  });

  it('reads 决算 documents apart from 预算 ones', async () => {
    const finals = await overview(db, f({ kind: '决算' }));
    // the blank 决算 template (corpus 10) names no unit and states no figure: a row of blanks, never zeros
    expect(finals.map((r) => [r.unit_name, r.year, r.doc_kind, r.appropriation, r.income_total]))
      .toEqual([['上海市普陀区财政局', 2024, '决算', 2940.05, 2995.39], ['（未识别单位名称的文件）', 2024, '决算', null, null]]);
    expect((await overview(db, f({ year: 2024 }))).map((r) => r.doc_kind)).not.toContain('决算');
  });
});

describe('summary.json', () => {
  it('answers the default views exactly as DuckDB does, and nothing else', async () => {
    const early = summaryExecutor(summary, null);
    expect(await overviewRanking(early, DEFAULT_FILTERS)).toEqual(await overviewRanking(db, DEFAULT_FILTERS));
    expect(await headline(early, DEFAULT_FILTERS)).toEqual(await headline(db, DEFAULT_FILTERS));
    expect(await overviewTable(early, DEFAULT_FILTERS)).toEqual(await overviewTable(db, DEFAULT_FILTERS));
    expect(await comparePage(early, DEFAULT_FILTERS)).toEqual(await comparePage(db, DEFAULT_FILTERS));
    // the latest year (2026) only, never a sum over years; 部门优先: 司法局's 部门 total
    expect(await headline(early, DEFAULT_FILTERS)).toMatchObject({ year: 2026, units: 1, appropriation: 9628.221344, dept_documents: 1, with_other_scope: 1 });
    await expect(headline(early, f({ year: 2023 }))).rejects.toBeInstanceOf(SummaryMiss);
    await expect(headline(early, f({ scope: 'unit' }))).rejects.toBeInstanceOf(SummaryMiss);
    expect((await headline(summaryExecutor(summary, db), f({ year: 2023 }))).appropriation).toBe(838.82);
  });
});
