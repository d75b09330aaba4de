import { describe, it } from 'vitest';
import { rule } from './narrative-share';
import { withFacts, disclosure, pct } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('stays quiet within half a unit of one printed decimal (80.3%)', () => expectQuiet(rule, withFacts(seed001(), (f) => f.source.line === 819, (f) => ({ ...f, share: pct('80.3') }))));
  it('fires on a share off by more than 0.01 point', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.source.line === 819, (f) => ({ ...f, share: pct('80.28') })), { expected: '80.26%', actual: '80.28%' }, 1);
  });
  it('fires beyond half a unit of one printed decimal (80.2%)', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.source.line === 819, (f) => ({ ...f, share: pct('80.2') })), { expected: '80.26%', actual: '80.2%' }, 1);
  });
  it('skips without shares', () => expectSkipped(rule, disclosure()));
});
