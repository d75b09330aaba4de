import { describe, it } from 'vitest';
import { rule } from './t3-vs-t5-general-only';
import { withCell } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when all money is 一般公共预算 and a row differs', () => {
    expectFires(rule, withCell(seed001(), 't5', '210', 'total', '15.66'), { expected: '15.56', actual: '15.66' });
  });
  it('skips when other funds exist (seed 000)', () => expectSkipped(rule, seed000()));
});
