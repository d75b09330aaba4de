/**
 * Function structure where the 支出总表 has no function breakdown (Jiangsu: one row of 基本/项目/预留):
 * the views read the 财政拨款支出表 instead. Dataset: corpus 04 through the real pipeline.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestGroup, writeDataset } from '../../cli/ingest';
import { normalise } from '../normalise';
import { openNodeDb, type NodeDb } from './node';
import { functionStructure, overview, unitFunctions } from './queries';
import { DEFAULT_FILTERS } from './types';

let db: NodeDb;

beforeAll(async () => {
  const result = await ingestGroup([join(import.meta.dirname, '../../../tests/corpus/text/04_js_procuratorate_2018_dept_budget.txt')]);
  if (!result.ok) throw new Error(result.message);
  const dir = mkdtempSync(join(tmpdir(), 'bl-js-'));
  writeDataset(dir, normalise([result.document]));
  db = await openNodeDb(dir);
});
afterAll(() => db?.close());

describe('function views on a Jiangsu document', () => {
  it('give the classes of the 财政拨款支出表', async () => {
    const rows = await functionStructure(db, { ...DEFAULT_FILTERS, year: 2018 });
    expect(rows.map((row) => [row.code, row.name, row.amount])).toEqual([
      ['204', '公共安全支出', 16444.36],
      ['208', '社会保障和就业支出', 1836.22],
      ['221', '住房保障支出', 3660.38]
    ]);
  });

  it('drill down to 款 and 项 from the same table', async () => {
    const docId = (await overview(db, { ...DEFAULT_FILTERS, year: 2018 }))[0]!.doc_id;
    const rows = await unitFunctions(db, docId, 2018, 'stated');
    expect(rows.filter((row) => row.level === 1).map((row) => row.code)).toEqual(['204', '208', '221']);
    expect(rows.some((row) => row.level === 3 && row.code.startsWith('20404'))).toBe(true);
  });
});
