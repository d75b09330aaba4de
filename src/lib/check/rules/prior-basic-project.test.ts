import { describe, it } from 'vitest';
import { rule } from './prior-basic-project';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when prior basic + prior project ≠ prior total', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.source.line === 874, (f) => ({ ...f, change: { direction: 'increase', amount: w('15.87') } })), { expected: '550.00', actual: '550.10' }, 1);
  });
  it('skips without prior figures', () => expectSkipped(rule, disclosure()));
});
