import { describe, it } from 'vitest';
import { rule } from './performance-sum';
import { disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when the count differs from the 绩效目标表', () => {
    expectFires(rule, (() => { const d = seed001(); d.performance.fiscalProjectCount = 7; return d; })(), { expected: '7', actual: '6' }, 1);
  });
  it('fires when the amounts do not add up', () => {
    expectFires(rule, (() => { const d = seed001(); d.performance.fiscalAmount = w('92.60'); return d; })(), { expected: '92.60', actual: '92.50' }, 1);
  });
  it('skips without 绩效 facts', () => expectSkipped(rule, disclosure()));
});
