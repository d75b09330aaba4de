import { describe, it } from 'vitest';
import { rule } from './narrative-sangong';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 公务接待费 differs', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.subject.kind === 'sangong_reception', (f) => ({ ...f, amount: w('19.00') })), { expected: '19.75', actual: '19.00' }, 1);
  });
  it('skips without such facts', () => expectSkipped(rule, disclosure()));
});
