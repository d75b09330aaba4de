import { describe, it } from 'vitest';
import { rule } from './staff-change';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a stated change implies a negative prior count', () => {
    expectFires(rule, (() => { const d = seed001(); d.staff.active = 2; d.staff.activeChange = 3; return d; })(), { expected: '上年人数 ≥ 0', actual: '-1' }, 1);
  });
  it('skips without changes', () => expectSkipped(rule, disclosure()));
});
