import { describe, it } from 'vitest';
import { rule } from './narrative-economic';
import { fact } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet when the stated figure matches', () => expectQuiet(rule, (() => { const d = seed001(); d.facts.push(fact('economic', '19.75', { code: '30217', name: '公务接待费', scope: 'general_budget' })); return d; })()));
  it('fires when an economic item differs', () => {
    expectFires(rule, (() => { const d = seed001(); d.facts.push(fact('economic', '19.00', { code: '30217', name: '公务接待费', scope: 'general_budget' })); return d; })(), { expected: '19.75', actual: '19.00' }, 1);
  });
  it('skips on seed 001 (no economic figures stated)', () => expectSkipped(rule, seed001()));
});
