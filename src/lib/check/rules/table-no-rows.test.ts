import { describe, it } from 'vitest';
import { rule } from './table-no-rows';
import { disclosure, tbl } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on a table without rows or note', () => {
    expectFires(rule, (() => { const d = seed001(); d.tables.push(tbl('t9', ['total'], '')); return d; })(), { expected: '数据行或空表说明', actual: null }, 1);
  });
  it('skips without tables', () => expectSkipped(rule, disclosure()));
});
