import { describe, it } from 'vitest';
import { rule } from './performance-vs-projects';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on seed 000: 30.00 万元 vs 财政拨款项目支出 33.00', () => {
    expectFires(rule, seed000(), { expected: '33.00', actual: '30.00' }, 1);
  });
  it('fires when the count differs from 表7', () => {
    expectFires(rule, (() => { const d = seed001(); d.performance.fiscalProjectCount = 5; return d; })(), { expected: '6', actual: '5' }, 1);
  });
  it('skips without 绩效 facts', () => expectSkipped(rule, disclosure()));
});
