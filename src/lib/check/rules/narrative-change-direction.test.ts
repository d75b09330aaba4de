import { describe, it } from 'vitest';
import { rule } from './narrative-change-direction';
import { disclosure, fact } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a 0 budget “增加”', () => {
    expectFires(rule, (() => { const d = disclosure(); d.facts.push(fact('operating_costs', '0.00', { change: ['increase', '5.00'] })); return d; })(), { expected: '上年数 ≥ 0', actual: '-5.00' }, 1);
  });
  it('fires when 持平 carries an amount', () => {
    expectFires(rule, (() => { const d = disclosure(); d.facts.push(fact('basic', '10.00', { change: ['flat', '1.00'] })); return d; })(), { expected: '0.00', actual: '1.00' }, 1);
  });
  it('fires when the stated prior contradicts the direction', () => {
    expectFires(rule, (() => { const d = disclosure(); d.facts.push(fact('basic', '10.00', { change: ['increase', '2.00'], prior: '12.00' })); return d; })(), { expected: '减少', actual: '增加' }, 1);
  });
  it('skips without changes', () => expectSkipped(rule, disclosure()));
});
