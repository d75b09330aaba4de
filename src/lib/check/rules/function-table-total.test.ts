import { describe, it } from 'vitest';
import { rule } from './function-table-total';
import { withCell, disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 合计 ≠ Σ 类', () => {
    expectFires(rule, withCell(seed001(), 't5', '210', 'basic', '15.66'), { expected: '376.13', actual: '376.03' }, 1);
  });
  it('skips without function tables', () => expectSkipped(rule, disclosure()));
});
