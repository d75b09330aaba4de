import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from './dataset-dir';
import { openNodeDb, type NodeDb } from './node';
import {
  filterOptions, findings, functionStructure, headline, overview, sangongTrend, unitFunctions, unitProfile, unitProjects, unitTables
} from './queries';
import { DEFAULT_FILTERS, type Filters, type OverviewRow } from './types';

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';
let db: NodeDb;
let ids: Record<string, string>;
let docs: Record<string, string>;
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

beforeAll(async () => {
  db = await openNodeDb(datasetDir());
  const rows = await overview(db, f({ year: 2023 }));
  ids = Object.fromEntries(rows.map((row) => [row.unit_name, row.unit_id]));
  docs = Object.fromEntries(rows.map((row) => [row.unit_name, row.doc_id]));
});
afterAll(() => db?.close());

function byName(rows: OverviewRow[], name: string): OverviewRow {
  const row = rows.find((r) => r.unit_name === name);
  if (!row) throw new Error(`missing ${name}`);
  return row;
}

describe('overview', () => {
  it('gives the seeds’ stated 2023 figures, one row per unit', async () => {
    const rows = await overview(db, f({ year: 2023 }));
    expect(rows.map((r) => r.unit_name).sort()).toEqual([URUMQI, URHO].sort());
    const u = byName(rows, URUMQI);
    expect([u.appropriation, u.general_budget, u.gov_fund, u.basic, u.project, u.personnel, u.public_funds])
      .toEqual([370.29, 362.29, 8, 340.29, 33, 326.4, 13.89]);
    expect([u.sangong_total, u.sangong_reception, u.operating_costs]).toEqual([0.34, 0.34, 13.89]);
    expect([u.staff_quota, u.staff_actual, u.staff_active]).toEqual([24, 34, 21]);
    const k = byName(rows, URHO);
    expect([k.appropriation, k.basic, k.project, k.personnel, k.public_funds]).toEqual([468.53, 376.03, 92.5, 253.55, 122.48]);
    expect([k.sangong_total, k.sangong_reception, k.sangong_vehicle_operation, k.operating_costs]).toEqual([47.35, 19.75, 27.6, 122.48]);
    expect([k.staff_quota, k.staff_actual, k.staff_active]).toEqual([15, 15, 11]);
  });

  it('ranks by appropriation, gives per-capita figures and the peer median', async () => {
    const rows = await overview(db, f({ year: 2023 }));
    const u = byName(rows, URUMQI);
    const k = byName(rows, URHO);
    expect([k.rank_appropriation, u.rank_appropriation]).toEqual([1, 2]);
    expect(u.appropriation_per_staff).toBeCloseTo(370.29 / 21, 9);
    expect(k.personnel_per_staff).toBeCloseTo(253.55 / 11, 9);
    expect(u.peer_median_appropriation).toBe(419.41); // exact decimal median, not 419.40999…
    expect(u.peer_median_per_staff).toBeCloseTo((370.29 / 21 + 468.53 / 11) / 2, 9);
  });

  it('filters by city, region, search text, basis and unit ids', async () => {
    expect((await overview(db, f({ year: 2023, city: '克拉玛依市' }))).map((r) => r.unit_name)).toEqual([URHO]);
    expect((await overview(db, f({ year: 2023, region: '乌鲁木齐县' }))).map((r) => r.unit_name)).toEqual([URUMQI]);
    expect((await overview(db, f({ q: '信访局' }))).map((r) => r.unit_name)).toEqual([URHO]);
    expect((await overview(db, f({ units: [ids[URUMQI]!] }))).map((r) => r.unit_name)).toEqual([URUMQI]);
    expect(await overview(db, f({ q: '不存在的单位' }))).toEqual([]);
    const prior = await overview(db, f({ basis: 'prior', year: 2022 }));
    expect(byName(prior, URUMQI).basic).toBe(332.62);
    expect(byName(prior, URUMQI).sangong_total).toBe(43.55);
    expect(byName(prior, URHO).sangong_total).toBe(67.1);
  });

  it('treats search text as a value, never as SQL', async () => {
    expect(await overview(db, f({ q: "' OR 1=1 --" }))).toEqual([]);
  });
});

describe('headline', () => {
  it('sums the selection exactly', async () => {
    const h = await headline(db, f({ year: 2023 }));
    expect(h.units).toBe(2);
    expect(h.appropriation).toBe(838.82);
    expect(h.personnel).toBe(579.95);
    expect(h.sangong_total).toBe(47.69);
    expect(h.staff_active).toBe(32);
    expect(h.median_appropriation).toBe(419.41);
    expect((await headline(db, f({ q: '无此单位' }))).units).toBe(0);
  });
});

describe('function_structure', () => {
  it('gives each unit’s function classes with shares', async () => {
    const rows = await functionStructure(db, f({ year: 2023 }));
    const u = rows.filter((r) => r.unit_name === URUMQI);
    expect(u.map((r) => [r.code, r.amount])).toEqual([['201', 305.5], ['206', 17], ['208', 39.79], ['212', 8], ['229', 3]]);
    expect(u.reduce((s, r) => s + (r.share ?? 0), 0)).toBeCloseTo(1, 9);
    const k = rows.filter((r) => r.unit_name === URHO);
    expect(k.map((r) => [r.code, r.amount])).toEqual([['201', 388.11], ['208', 22.64], ['210', 15.56], ['221', 42.22]]);
  });
});

describe('sangong_trend', () => {
  it('gives stated and prior years with the change', async () => {
    const rows = await sangongTrend(db, f({}));
    const u = rows.filter((r) => r.unit_name === URUMQI).map((r) => [r.year, r.basis, r.sangong_total, r.change_total]);
    expect(u).toEqual([[2022, 'prior', 43.55, null], [2023, 'stated', 0.34, -43.21]]);
    const k = rows.filter((r) => r.unit_name === URHO);
    expect(k.map((r) => r.sangong_vehicle_operation)).toEqual([48.6, 27.6]);
    expect(k.at(-1)?.change_total).toBe(-19.75);
  });
});

describe('filter_options', () => {
  it('lists years, cities, regions and units', async () => {
    const rows = await filterOptions(db);
    const years = (kind: string) => rows.filter((r) => r.kind === 'year' && r.parent === kind).map((r) => r.value);
    expect(years('预算')).toEqual(['2026', '2025', '2024', '2023', '2022', '2018', '2017', '2016']);
    expect(years('决算')).toEqual(['2024', '2023']);
    expect(rows.filter((r) => r.kind === 'kind').map((r) => r.value).sort()).toEqual(['决算', '预算']);
    expect(rows.filter((r) => r.kind === 'city').map((r) => r.value)).toEqual(expect.arrayContaining(['乌鲁木齐市', '克拉玛依市', '上海市']));
    expect(rows.find((r) => r.kind === 'region' && r.value === '乌尔禾区')?.parent).toBe('克拉玛依市');
    expect(rows.filter((r) => r.kind === 'unit').map((r) => r.label)).toEqual(expect.arrayContaining([URUMQI, URHO, '上海市普陀区司法局']));
  });
});

describe('unit views', () => {
  it('profile has stated and prior rows', async () => {
    const rows = await unitProfile(db, ids[URUMQI]!);
    expect(rows.map((r) => [r.year, r.basis])).toEqual([[2023, 'stated'], [2022, 'prior']]);
    expect(rows[0]?.staff_retired).toBe(13);
    expect(rows[0]?.source_file).toContain('000_96d04baec0ec31c5');
    expect(rows[1]?.staff_active).toBe(19);
  });

  it('functions give 类→款→项 of table 3', async () => {
    const rows = await unitFunctions(db, docs[URUMQI]!, 2023, 'stated');
    const pick = (code: string) => rows.find((r) => r.code === code);
    expect([pick('201')?.amount, pick('20103')?.amount, pick('2010301')?.amount, pick('2010350')?.amount]).toEqual([305.5, 305.5, 221.57, 78.93]);
    expect(pick('2010301')?.level).toBe(3);
    expect(pick('2010301')?.name).toBe('行政运行');
  });

  it('projects and tables', async () => {
    const projects = await unitProjects(db, docs[URHO]!);
    expect(projects.reduce((s, p) => s + Math.round(p.amount * 100), 0)).toBe(9250);
    const tables = await unitTables(db, ids[URUMQI]!);
    expect(tables.find((t) => t.table === 't1')?.title_as_printed).toBe('单位收支总体情况表');
  });
});

describe('findings', () => {
  it('filters by severity, unit and text', async () => {
    const all = await findings(db, { year: null, city: null, region: null, q: null, severity: null, unitId: null });
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((r) => r.unit_name))).toContain(URUMQI);
    const errors = await findings(db, { year: null, city: null, region: null, q: null, severity: 'error', unitId: null });
    expect(errors.every((r) => r.severity === 'error')).toBe(true);
    const one = await findings(db, { year: null, city: '克拉玛依市', region: null, q: null, severity: null, unitId: null });
    expect(one.every((r) => r.unit_name === URHO)).toBe(true);
  });
});
