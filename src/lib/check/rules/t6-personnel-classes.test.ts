import { describe, it } from 'vitest';
import { rule } from './t6-personnel-classes';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on seed 000: 人员经费 326.40 ≠ 301 + 303 = 326.39', () => {
    expectFires(rule, seed000(), { expected: '326.39', actual: '326.40' }, 1);
  });
  it('fires when 公用经费 ≠ 302', () => {
    expectFires(rule, withCell(seed001(), 't6', '302', 'total', '122.58'), { expected: '122.58', actual: '122.48' });
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed000(), 't6')));
});
