import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from '../db/dataset-dir';
import { openNodeDb, type NodeDb } from '../db/node';
import { DEFAULT_FILTERS, type Filters } from '../db/types';
import { execution, type ExecutionRow } from './query';

// The real 2024 决算 of 上海市普陀区财政局 (corpus 09) against its 2024 预算 as the 2025 预算's
// narrative gives it (corpus 01): the test dataset is built by the real pipeline (tests/setup).
let db: NodeDb;
const f = (patch: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const item = (rows: ExecutionRow[], key: string) => rows.find((r) => r.item === key);

beforeAll(async () => {
  db = await openNodeDb(datasetDir());
});
afterAll(() => db?.close());

describe('execution (预算 vs 决算)', () => {
  it('compares the latest 决算 with the 预算 of the same year, item by item', async () => {
    const rows = await execution(db, f());
    const named = rows.filter((r) => r.unit_name === '上海市普陀区财政局');
    expect(new Set(named.map((r) => r.year))).toEqual(new Set([2024]));
    const appropriation = item(named, 'appropriation')!;
    expect(appropriation).toMatchObject({ budget: 3013.8, final: 2940.05, difference: -73.75, budget_basis: 'prior' });
    expect(appropriation.rate).toBeCloseTo(2940.05 / 3013.8, 12);
    expect(item(named, 'basic')).toMatchObject({ final: 2336.91 });
    expect(item(named, 'personnel')).toMatchObject({ final: 2152.26 });
  });

  it('takes the 预算数 a 决算 prints in its 三公 table', async () => {
    const named = (await execution(db, f())).filter((r) => r.unit_name === '上海市普陀区财政局');
    expect(item(named, 'sangong_total')).toMatchObject({ budget_in_final: 0.95, final: 0 });
    expect(item(named, 'sangong_reception')).toMatchObject({ budget_in_final: 0.95, final: 0 });
    expect(item(named, 'sangong_outbound')).toMatchObject({ budget_in_final: 0, final: 0 });
  });

  it('keeps a missing budget missing (never 0) and has no rate without one', async () => {
    const named = (await execution(db, f())).filter((r) => r.unit_name === '上海市普陀区财政局');
    const income = item(named, 'income_total')!;
    expect(income.final).toBe(2995.39);
    expect(income.budget).toBeNull();
    expect(income.difference).toBeNull();
    expect(income.rate).toBeNull();
  });

  it('gives nothing for a year without 决算 and follows the place filters', async () => {
    expect(await execution(db, f({ year: 2023 }))).toEqual([]);
    expect(await execution(db, f({ city: '克拉玛依市' }))).toEqual([]);
    expect((await execution(db, f({ q: '财政局' }))).length).toBeGreaterThan(0);
  });
});
