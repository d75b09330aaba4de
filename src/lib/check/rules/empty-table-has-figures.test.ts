import { describe, it } from 'vitest';
import { rule } from './empty-table-has-figures';
import { disclosure, tbl } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on a declared-empty table with figures', () => {
    expectFires(rule, (() => { const d = seed001(); d.tables = d.tables.map((t) => (t.id === 't9' ? { ...tbl('t9', ['total'], '*|总计|3.00'), status: 'declared_empty' as const, emptyNote: t.emptyNote } : t)); return d; })(), { expected: '0.00', actual: '3.00' }, 1);
  });
  it('skips without empty tables', () => expectSkipped(rule, disclosure()));
});
