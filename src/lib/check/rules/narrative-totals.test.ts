import { describe, it } from 'vitest';
import { rule } from './narrative-totals';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 收支总预算 differs from 收支总表', () => {
    expectFires(rule, withFacts(seed000(), (f) => f.source.line === 980, (f) => ({ ...f, amount: w('373.30') })), { expected: '373.29', actual: '373.30' }, 1);
  });
  it('skips without such facts', () => expectSkipped(rule, disclosure()));
});
