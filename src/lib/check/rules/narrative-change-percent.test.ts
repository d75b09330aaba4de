import { describe, it } from 'vitest';
import { rule } from './narrative-change-percent';
import { withFacts, disclosure, pct } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001: 机关运行经费 +14.71 “13.64%” (exact 13.6494…%)', () => expectQuiet(rule, seed001()));
  it('fires on 13.66% (exact 13.65%)', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.subject.kind === 'operating_costs', (f) => ({ ...f, change: { ...f.change!, percent: pct('13.66') } })), { expected: '13.65%', actual: '13.66%' }, 1);
  });
  it('fires on 13.63% (0.0194 point off)', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.subject.kind === 'operating_costs', (f) => ({ ...f, change: { ...f.change!, percent: pct('13.63') } })), { expected: '13.65%', actual: '13.63%' }, 1);
  });
  it('skips without percentages', () => expectSkipped(rule, disclosure()));
});
