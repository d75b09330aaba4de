import { describe, it } from 'vitest';
import { rule } from './staff-sum';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 实有 ≠ 在职 + 退休 + 离休', () => {
    expectFires(rule, (() => { const d = seed000(); d.staff.actual = 35; return d; })(), { expected: '34', actual: '35' }, 1);
  });
  it('skips without staff', () => expectSkipped(rule, disclosure()));
});
