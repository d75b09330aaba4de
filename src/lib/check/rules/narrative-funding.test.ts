import { describe, it } from 'vitest';
import { rule } from './narrative-funding';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 政府性基金 differs', () => {
    expectFires(rule, withFacts(seed000(), (f) => f.source.line === 1004, (f) => ({ ...f, amount: w('8.10') })), { expected: '8.00', actual: '8.10' }, 1);
  });
  it('skips without such facts', () => expectSkipped(rule, disclosure()));
});
