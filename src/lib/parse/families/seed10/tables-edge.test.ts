/** Damaged inputs: a table removed, a document cut mid-table, an unreadable line inside a table. */
import { describe, expect, it } from 'vitest';
import { identifyFamily, readFamilyTables } from '../../grid/family';
import { SEED10 } from './spec';
import { loadSeed } from './expect-table';
import { wanyuan } from '../../../model/amount';

const SEED = 'seeds/000_96d04baec0ec31c5.txt';
/** Keeps the file's line numbering: removed lines become blank. */
const blankLines = (from: number, to: number) => (text: string) =>
  text
    .split('\n')
    .map((line, i) => (i + 1 >= from && i + 1 <= to ? '' : line))
    .join('\n');
const w = (text: string) => wanyuan(text)!;

describe('seed10 tables on damaged input', () => {
  it('a table whose lines are removed is missing; the others are still read', () => {
    const document = loadSeed(SEED, blankLines(891, 922)); // 表 8 … its last row
    const { tables, issues } = readFamilyTables(document, SEED10);
    expect(tables.map((t) => t.status)).toEqual([
      'present', 'present', 'present', 'present', 'present', 'present', 'present', 'missing', 'declared_empty', 'present'
    ]);
    const t8 = tables.find((t) => t.id === 't8')!;
    expect(t8).toMatchObject({ familyTableId: '表8', rows: [], firstLine: 0 });
    expect(issues.filter((i) => i.code === 'table-missing')).toEqual([]); // reported once, by the check stage
    // t4 still places 212 under 政府性基金 (from its own income side and t5).
    const row212 = tables.find((t) => t.id === 't4')!.rows.find((r) => r.code === '212')!;
    expect(row212.values).toEqual({ total: w('8.00'), general_budget: 0, gov_fund: w('8.00'), state_capital: 0 });
  });

  it('a document cut in the middle of 表3 keeps the rows before the cut', () => {
    const cut = (text: string) => text.split('\n').slice(0, 518).join('\n');
    const { tables } = readFamilyTables(loadSeed(SEED, cut), SEED10);
    expect(tables.map((t) => t.status)).toEqual([
      'present', 'present', 'present', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing'
    ]);
    const t3 = tables.find((t) => t.id === 't3')!;
    expect(t3.rows.map((r) => [r.source.line, r.code, r.values.total])).toEqual([
      [495, null, w('373.29')],
      [497, '201', w('305.50')],
      [503, '20103', w('305.50')],
      [505, '2010301', w('221.57')],
      [507, '2010308', w('5.00')],
      [509, '2010350', w('78.93')],
      [511, '206', w('17.00')],
      [513, '20604', w('17.00')],
      [515, '2060499', w('17.00')],
      [517, '208', w('39.79')]
    ]);
    expect(t3.rows[4]!.values).toEqual({ total: w('5.00'), basic: 0, project: w('5.00') });
  });

  it('a line inside a table that cannot be read is reported with file, line and text', () => {
    const inject = (text: string) => text.split('\n').map((line, i) => (i + 1 === 510 ? '99.99' : line)).join('\n');
    const { tables, issues } = readFamilyTables(loadSeed(SEED, inject), SEED10);
    const unreadable = issues.filter((i) => i.code === 'table-line-unreadable');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.source).toMatchObject({ file: SEED, line: 510, text: '99.99' });
    expect(unreadable[0]!.message).toContain(`${SEED} 第 510 行`);
    expect(tables.find((t) => t.id === 't3')!.rows).toHaveLength(19);
  });

  it('identifies the family on both seeds and not on unrelated text', () => {
    expect(identifyFamily(loadSeed(SEED), SEED10)).toBeGreaterThan(0.9);
    expect(identifyFamily(loadSeed('seeds/001_f7859c67d4b429b5.txt'), SEED10)).toBeGreaterThan(0.9);
    expect(identifyFamily(loadSeed(SEED, (text) => text.split('\n').slice(0, 100).join('\n')), SEED10)).toBe(0);
  });
});
