import { describe, it } from 'vitest';
import { rule } from './procurement-parts';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when goods + works + services ≠ total', () => {
    expectFires(rule, withFacts(seed000(), (f) => f.subject.kind === 'procurement_goods', (f) => ({ ...f, amount: w('0.97') })), { expected: '1.57', actual: '1.47' }, 1);
  });
  it('skips without procurement', () => expectSkipped(rule, disclosure()));
});
