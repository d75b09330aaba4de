import { describe, it } from 'vitest';
import { rule } from './table-missing';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on a missing table', () => {
    expectFires(rule, (() => { const d = seed000(); d.tables.find((t) => t.id === 't10')!.status = 'missing'; return d; })(), { expected: '表格或空表说明', actual: null }, 1);
  });
  it('skips without tables', () => expectSkipped(rule, disclosure()));
});
