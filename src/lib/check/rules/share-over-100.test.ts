import { describe, it } from 'vitest';
import { rule } from './share-over-100';
import { withFacts, disclosure, pct } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on a share over 100%', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.source.line === 792, (f) => ({ ...f, share: pct('100.01') })), { expected: '≤100%', actual: '100.01%' }, 1);
  });
  it('skips without shares', () => expectSkipped(rule, disclosure()));
});
