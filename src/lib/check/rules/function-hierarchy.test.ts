import { describe, it } from 'vitest';
import { rule } from './function-hierarchy';
import { withCell, disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 款 ≠ Σ 项', () => {
    expectFires(rule, withCell(seed000(), 't3', '2010301', 'total', '221.58'), { expected: '305.51', actual: '305.50' }, 1);
  });
  it('skips without function tables', () => expectSkipped(rule, disclosure()));
});
