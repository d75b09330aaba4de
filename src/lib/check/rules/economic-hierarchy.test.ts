import { describe, it } from 'vitest';
import { rule } from './economic-hierarchy';
import { withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withUnplaced } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('stays quiet when the parser left the figures of 303 unplaced', () =>
    expectQuiet(rule, withUnplaced(seed000(), 't6', '303', ['6.23', '6.24'], ['total', 'personnel'])));
  it('fires on seed 000: 303 对个人和家庭的补助 6.23 ≠ 5.66 + 0.58', () => {
    expectFires(rule, seed000(), { expected: '6.24', actual: '6.23' }, 1);
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed000(), 't6')));
});
