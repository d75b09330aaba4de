import { describe, it } from 'vitest';
import { rule } from './t6-row-personnel-public';
import { withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on seed 000: 303 合计 6.23 ≠ 人员经费 6.24', () => {
    expectFires(rule, seed000(), { expected: '6.24', actual: '6.23' }, 1);
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed000(), 't6')));
});
