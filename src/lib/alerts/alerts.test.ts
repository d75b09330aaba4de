/**
 * alerts.sql on the test dataset the real pipeline writes (seeds + corpus): real figures, the
 * previous year from the same document's 上年 column, the 预算/决算 pairing, missing stays missing
 * and too few peers are never judged. (Synthetic data with planted outliers: alerts-synth.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from '../db/dataset-dir';
import { openNodeDb, type NodeDb } from '../db/node';
import { DEFAULT_FILTERS, type Filters } from '../db/types';
import { classifyUnit } from './peers';
import { MAX_UNITS, alerts, type AlertsResult } from './query';
import { reasonText } from './reason';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

let db: NodeDb;
beforeAll(async () => {
  db = await openNodeDb(datasetDir());
});
afterAll(() => db?.close());

const URUMQI = '乌鲁木齐县人民政府办公室';
const PUTUO_FINANCE = '上海市普陀区财政局';
const run = (f: Partial<Filters> = {}, t: Partial<Thresholds> = {}) => alerts(db, { ...DEFAULT_FILTERS, ...f }, { ...DEFAULT_THRESHOLDS, ...t }, MAX_UNITS, true);
const cell = (r: AlertsResult, unit: string, indicator: string) => r.units.find((u) => u.unit_name === unit)!.cells.find((c) => c.indicator === indicator)!;

describe('alerts on the test dataset', () => {
  it('flags 实有 over 编制 with its reason, and judges nothing against too few peers', async () => {
    const r = await run({ year: 2023 });
    expect(r.year).toBe(2023);
    const over = cell(r, URUMQI, 'staff_over_quota');
    expect(over).toMatchObject({ status: 'flag', a: 34, b: 24, value: 10 });
    expect(reasonText(over, 'region', 5)).toBe('实有人数 34 人，超过编制 24 人 10 人');
    const perStaff = cell(r, URUMQI, 'appropriation_per_staff');
    expect(perStaff).toMatchObject({ status: 'few', a: 370.29, b: 21, peers: 1 });
    expect(perStaff.value).toBeCloseTo(370.29 / 21, 12);
    expect(reasonText(perStaff, 'region', 5)).toBe('人均财政拨款 17.63 万元/人；同组单位不足，未比较（同区县（乌鲁木齐县）有此数的单位 1 个，少于 5 个）');
    expect(r.units.find((u) => u.unit_name === URUMQI)!.flags).toBe(1);
    expect(r.summary.find((s) => s.indicator === 'public_funds_per_staff')).toMatchObject({ units: 2, flagged: 0, few: 2, missing: 0 });
  });

  it('takes last year from the same document’s 上年 column: 三公 fell, so no flag', async () => {
    const r = await run({ year: 2023 });
    const sangong = cell(r, URUMQI, 'sangong_change');
    expect(sangong).toMatchObject({ status: 'ok', a: 0.34, b: 43.55, value: -43.21, prev_from: 'prior' });
    expect(reasonText(sangong, 'region', 5)).toBe('“三公”经费 0.34 万元，比上年（本文件所列）43.55 万元减少 43.21 万元');
    const operating = cell(r, URUMQI, 'operating_change');
    expect(operating).toMatchObject({ a: 13.89, b: 55.19, status: 'few' });
    expect(operating.value).toBeCloseTo((13.89 - 55.19) / 55.19, 12);
  });

  it('pairs a 决算 with the 预算 of its year for the execution rate; missing inputs stay missing', async () => {
    const r = await run({ kind: '决算' });
    expect(r.year).toBe(2024);
    const rate = cell(r, PUTUO_FINANCE, 'execution_rate');
    expect(rate).toMatchObject({ a: 2940.05, b: 3013.8, status: 'few' });
    expect(rate.value).toBeCloseTo(2940.05 / 3013.8, 12);
    expect(cell(r, PUTUO_FINANCE, 'carryover_share').value).toBeCloseTo(49.14 / 2995.39, 12);
    const noStaff = cell(r, PUTUO_FINANCE, 'public_funds_per_staff');
    expect(noStaff).toMatchObject({ status: 'missing', value: null, a: 184.65, b: null });
    expect(reasonText(noStaff, 'region', 5)).toBe('人均公用经费：缺少公用经费、在职人数，未计算');
    // a 预算 year without its 决算: no rate (never 0)
    expect(cell(await run({ year: 2023 }), URUMQI, 'execution_rate')).toMatchObject({ status: 'missing', value: null });
  });

  it('groups peers by the kind of unit the same way as classifyUnit', async () => {
    for (const year of [2017, 2018, 2023, 2025, 2026]) {
      const r = await run({ year }, { peer: 'type' });
      for (const unit of r.units) expect(unit.peer_group).toBe(classifyUnit(unit.unit_name).type);
    }
    const r = await run({ year: 2017 }, { peer: 'class', minPeers: 3 });
    expect(new Set(r.units.map((u) => u.peer_group))).toEqual(new Set(['行政']));
  });

  it('judges only the chosen indicators and follows the filters', async () => {
    const r = await run({ year: 2023 }, { indicators: ['staff_over_quota'] });
    expect(r.summary.map((s) => s.indicator)).toEqual(['staff_over_quota']);
    expect(r.units.every((u) => u.cells.length === 1)).toBe(true);
    expect((await run({ year: 2023, city: '克拉玛依市' })).units.map((u) => u.unit_name)).toEqual(['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）']);
    expect(await run({ year: 1999 })).toEqual({ year: null, units: [], summary: [] });
  });
});
