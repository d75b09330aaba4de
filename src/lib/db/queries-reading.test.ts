/**
 * What the pages show about our own reading, apart from the unit's figures: tables read as
 * uncertain (tables.quality), their figures marked certain=false in lines, and the notes on
 * single figures we could not place. Dataset: corpus 05 as text copied from a PDF viewer (no
 * positions, so some of its tables cannot be placed with certainty), through the real pipeline.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestGroup, writeDataset } from '../../cli/ingest';
import { normalise } from '../normalise';
import { openNodeDb, type NodeDb } from './node';
import { findings, splitFindings, uncertainTables, unitTables } from './queries';
import type { FindingViewRow } from './types';

const COPIED = join(import.meta.dirname, '../../../tests/corpus/copied');
const everywhere = { year: null, city: null, region: null, q: null, unitId: null };
let db: NodeDb;

beforeAll(async () => {
  const result = await ingestGroup(['05_js_cppcc_office_2017_dept_budget_part1_narrative.txt', '05_js_cppcc_office_2017_dept_budget_part2_tables.txt'].map((name) => join(COPIED, name)));
  if (!result.ok) throw new Error(result.message);
  const dir = mkdtempSync(join(tmpdir(), 'bl-reading-'));
  writeDataset(dir, normalise([result.document]));
  db = await openNodeDb(dir);
});
afterAll(() => db?.close());

describe('tables read as uncertain', () => {
  it('are listed with their printed title, lines and why', async () => {
    const rows = await uncertainTables(db, everywhere);
    expect(rows.map((row) => [row.unit_name, row.year, row.title_as_printed, row.quality_note])).toEqual([
      ['江苏省政协办公厅', 2017, '收支预算总表', '有 10 个数字未能确定所在的行或列'],
      ['江苏省政协办公厅', 2017, '财政拨款收支预算总表', '有 3 个数字未能确定所在的行或列'],
      ['江苏省政协办公厅', 2017, '“三公”经费、会议费、培训费支出预算表（一般公共预算）', '有 1 个数字未能确定所在的行或列']
    ]);
    for (const row of rows) expect(row.first_line).toBeLessThan(row.last_line!);
  });

  it('are the tables the unit page marks 未能可靠读取, the rest reconciled', async () => {
    const unitId = (await uncertainTables(db, everywhere))[0]!.unit_id;
    const tables = (await unitTables(db, unitId)).filter((row) => row.status === 'present');
    const uncertain = tables.filter((row) => row.quality === 'uncertain').map((row) => row.title_as_printed);
    expect(uncertain).toHaveLength(3);
    expect(tables.filter((row) => row.quality === 'reconciled').length).toBeGreaterThan(5);
    expect(tables.every((row) => row.quality === 'reconciled' || row.quality === 'uncertain')).toBe(true);
  });

  it('have every figure marked uncertain in lines, and only they', async () => {
    const rows = await db.all(
      `SELECT l."table", t.quality, l.certain, count(*)::INTEGER AS n FROM lines l JOIN tables t USING (doc_id, "table")
       WHERE l.basis = 'stated' GROUP BY ALL ORDER BY ALL`,
      []
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.certain).toBe(row.quality === 'reconciled');
  });

  it('are filtered by the unit text like findings', async () => {
    expect(await uncertainTables(db, { ...everywhere, q: '政协' })).toHaveLength(3);
    expect(await uncertainTables(db, { ...everywhere, q: '法院' })).toEqual([]);
    expect(await uncertainTables(db, { ...everywhere, year: 2018 })).toEqual([]);
  });
});

describe('splitFindings', () => {
  const finding = (rule_id: string): FindingViewRow => ({ rule_id } as FindingViewRow);
  it.each([
    ['table-uncertain', 'none'],
    ['parse:column-ambiguous', 'reading'],
    ['parse:figure-unplaced', 'reading'],
    ['parse:table-line-unreadable', 'reading'],
    ['unplaced-figures', 'reading'],
    ['parse:unit-name-conflict', 'own'],
    ['function-table-total', 'own'],
    ['narrative-totals', 'own']
  ])('%s → %s', (rule, where) => {
    const split = splitFindings([finding(rule)]);
    expect(split.own.length + split.reading.length).toBe(where === 'none' ? 0 : 1);
    if (where !== 'none') expect(split[where as 'own' | 'reading'][0]!.rule_id).toBe(rule);
  });

  it('keeps the unit own findings of the document apart from the reading notes', async () => {
    const split = splitFindings(await findings(db, { ...everywhere, severity: null }));
    expect(split.own.every((row) => !row.rule_id.startsWith('parse:column') && row.rule_id !== 'table-uncertain')).toBe(true);
    expect(split.reading.every((row) => row.severity !== 'error')).toBe(true);
  });
});
