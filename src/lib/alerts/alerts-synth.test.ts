/** alerts.sql on 1,000 synthetic unit-years: the planted outliers are flagged with their reasons, and only they. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED, writeSynth } from '../../cli/synth';
import { openNodeDb, type NodeDb } from '../db/node';
import { DEFAULT_FILTERS, type Filters } from '../db/types';
import { MAX_UNITS, alerts } from './query';
import { reasonText } from './reason';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';

let db: NodeDb;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-lens-alerts-'));
  writeSynth(dir, 1000);
  db = await openNodeDb(dir);
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (f: Partial<Filters> = {}, t: Partial<Thresholds> = {}) => alerts(db, { ...DEFAULT_FILTERS, ...f }, { ...DEFAULT_THRESHOLDS, ...t }, MAX_UNITS, true);
const flagsOf = (r: Awaited<ReturnType<typeof run>>, indicator: string) =>
  r.units.flatMap((u) => u.cells).filter((c) => c.indicator === indicator && c.status === 'flag');

describe('alerts on synthetic data', () => {
  it('flags the planted 公用经费 outlier against its 区县, with the reason in words', async () => {
    const r = await run();
    expect(r.year).toBe(2023);
    const planted = r.units.find((u) => u.unit_id === PLANTED.publicFunds)!;
    const c = planted.cells.find((x) => x.indicator === 'public_funds_per_staff')!;
    expect(c.status).toBe('flag');
    expect(c.peers).toBeGreaterThanOrEqual(20);
    expect(c.deviation!).toBeGreaterThan(DEFAULT_THRESHOLDS.k);
    expect(reasonText(c, 'region', 5)).toMatch(/^人均公用经费 \d+\.\d\d 万元\/人，同区县（【合成】第6市第1区）\d+ 个单位中位数 \d+\.\d\d，偏离 \d+\.\d 倍 MAD（偏高）$/);
    expect(r.units[0]!.flags).toBeGreaterThanOrEqual(r.units.at(-1)!.flags);
  });

  it('flags every rise of 三公 (only the planted unit’s), the first year against the document’s own 上年', async () => {
    for (const year of [2021, 2022, 2023]) {
      const flagged = flagsOf(await run({ year }), 'sangong_change');
      expect(flagged.map((c) => c.unit_id)).toEqual([PLANTED.sangongRise]);
      expect(flagged[0]!.prev_from).toBe(year === 2021 ? 'prior' : 'stated');
      expect(reasonText(flagged[0]!, 'region', 5)).toMatch(/^“三公”经费 [\d.]+ 万元，比上年（.+）[\d.]+ 万元增加 [\d.]+ 万元（“三公”经费只减不增）$/);
    }
    expect(flagsOf(await run(), 'staff_over_quota').map((c) => c.unit_id)).toEqual([PLANTED.overQuota]);
  });

  it('flags few units at k = 3.5, more at a lower k, none with too few peers', async () => {
    const strict = await run();
    const units = strict.summary[0]!.units;
    expect(units).toBe(333); // the 334th unit has only 2021
    expect(strict.units.filter((u) => u.flags > 0).length).toBeLessThan(units * 0.1);
    const loose = await run({}, { k: 1.5 });
    expect(loose.summary.reduce((s, x) => s + x.flagged, 0)).toBeGreaterThan(strict.summary.reduce((s, x) => s + x.flagged, 0));
    const few = await run({}, { minPeers: 100 });
    for (const s of few.summary.filter((x) => x.method === 'peer')) expect(s).toMatchObject({ flagged: 0, few: units - s.missing });
  });

  it('computes the execution rate where a 2022 决算 meets its 预算, and lists at most max units', async () => {
    const r = await run({ year: 2022, kind: '决算' });
    const rates = r.units.flatMap((u) => u.cells).filter((c) => c.indicator === 'execution_rate');
    expect(rates.length).toBeGreaterThan(100);
    for (const c of rates) expect(c.value!).toBeGreaterThan(0.87), expect(c.value!).toBeLessThan(1.03);
    const few = await alerts(db, DEFAULT_FILTERS, DEFAULT_THRESHOLDS, 10);
    expect(few.units).toHaveLength(10);
    expect(few.units[0]!.flags).toBeGreaterThanOrEqual(1);
    // as the page asks: flagged and not-judged cells only, one judged cell for a unit with neither
    for (const unit of few.units) {
      const shown = unit.cells.filter((c) => c.status !== 'ok');
      expect(unit.cells.length === shown.length || (shown.length === 0 && unit.cells.length === 1)).toBe(true);
    }
  });
});
