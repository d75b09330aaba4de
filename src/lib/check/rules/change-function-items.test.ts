import { describe, it } from 'vitest';
import { rule } from './change-function-items';
import { withFacts, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when Σ item changes ≠ the 一般公共预算 change', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.source.line === 902, (f) => ({ ...f, change: { direction: 'increase', amount: w('11.57') } })), { expected: '-81.47', actual: '-81.37' }, 1);
  });
  it('skips when an item of 表5 has no stated change', () => expectSkipped(rule, withFacts(seed001(), (f) => f.source.line === 923, (f) => (null))));
});
