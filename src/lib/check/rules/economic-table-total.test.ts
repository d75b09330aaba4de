import { describe, it } from 'vitest';
import { rule } from './economic-table-total';
import { withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on seed 000: 总计 340.29 ≠ Σ classes 340.28', () => {
    expectFires(rule, seed000(), { expected: '340.28', actual: '340.29' }, 1);
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed000(), 't6')));
});
