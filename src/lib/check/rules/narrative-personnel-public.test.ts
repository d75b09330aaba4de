import { describe, it } from 'vitest';
import { rule } from './narrative-personnel-public';
import { withFacts, disclosure, w } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 人员经费 differs', () => {
    expectFires(rule, withFacts(seed000(), (f) => f.subject.kind === 'personnel', (f) => ({ ...f, amount: w('326.50') })), { expected: '326.40', actual: '326.50' }, 1);
  });
  it('skips without such facts', () => expectSkipped(rule, disclosure()));
});
