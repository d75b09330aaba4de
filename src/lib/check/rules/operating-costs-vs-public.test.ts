import { describe, it } from 'vitest';
import { rule } from './operating-costs-vs-public';
import { withFacts, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('reports (info) when 机关运行经费 ≠ 公用经费', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.subject.kind === 'operating_costs', (f) => ({ ...f, amount: w('120.00') })), { severity: 'info', expected: '122.48', actual: '120.00' }, 1);
  });
  it('skips without the narrative figure', () => expectSkipped(rule, withFacts(seed001(), (f) => f.subject.kind === 'operating_costs', (f) => (null))));
});
