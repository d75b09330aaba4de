import { describe, it } from 'vitest';
import { rule } from './procurement-sme';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on seed 000: 小微企业 1.47 > 中小企业 0.00', () => {
    expectFires(rule, seed000(), { expected: '≤ 0.00', actual: '1.47' }, 1);
  });
  it('skips without SME figures', () => expectSkipped(rule, disclosure()));
});
