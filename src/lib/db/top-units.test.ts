/**
 * top_units picks a comparison's units with a GROUP BY rather than a window: on a synthetic
 * dataset (many units, three years, both bases) it must still give the first units of the
 * overview's own order, and the selection's unit count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynth } from '../../cli/synth';
import { openNodeDb, type NodeDb } from './node';
import { headline, overview, topUnits } from './queries';
import { DEFAULT_FILTERS, type Filters } from './types';

let db: NodeDb;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'budget-lens-top-units-'));
  writeSynth(dir, 600);
  db = await openNodeDb(dir);
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('top_units on synthetic data', () => {
  const cases: Partial<Filters>[] = [{}, { year: 2022 }, { year: 2023 }, { year: null }];
  it.each(cases)('the overview order and the unit count (%o)', async (patch) => {
    const filters = { ...DEFAULT_FILTERS, ...patch };
    const firsts = [...new Set((await overview(db, filters)).map((r) => r.unit_id))];
    const top = await topUnits(db, filters, 20);
    expect(firsts.length).toBeGreaterThan(20);
    expect(top.map((t) => t.unit_id)).toEqual(firsts.slice(0, 20));
    expect(top.every((t) => t.total_units === firsts.length)).toBe(true);
    expect(firsts.length).toBe((await headline(db, filters)).units);
  });
});
