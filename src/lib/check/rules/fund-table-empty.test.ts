import { describe, it } from 'vitest';
import { rule } from './fund-table-empty';
import { withoutTable, tbl } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 政府性基金 is zero but its table has figures', () => {
    expectFires(rule, (() => { const d = seed001(); d.tables = d.tables.map((t) => (t.id === 't8' ? tbl('t8', ['total', 'basic', 'project'], '*|总计|5.00 - 5.00') : t)); return d; })(), { expected: '0.00', actual: '5.00' }, 1);
  });
  it('fires when 政府性基金 is non-zero but its table is declared empty', () => {
    expectFires(rule, (() => { const d = seed000(); d.tables = d.tables.map((t) => (t.id === 't8' ? tbl('t8', ['total', 'basic', 'project'], '', { emptyNote: '政府性基金预算支出情况表为空表' }) : t)); return d; })(), { expected: '8.00', actual: '0.00' }, 1);
  });
  it('skips without 财政拨款收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't4')));
});
