import { describe, it } from 'vitest';
import { rule } from './prior-sangong-items';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when prior items ≠ prior total', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.subject.kind === 'sangong_reception', (f) => ({ ...f, change: { direction: 'increase', amount: w('1.35') } })), { expected: '67.10', actual: '67.00' }, 1);
  });
  it('skips without 三公 changes', () => expectSkipped(rule, disclosure()));
});
