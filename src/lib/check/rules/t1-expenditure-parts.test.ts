import { describe, it } from 'vitest';
import { rule } from './t1-expenditure-parts';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when the classes do not add up to 支出总计', () => {
    expectFires(rule, withCell(seed000(), 't1', '208', 'total', '39.80', 'expenditure'), { expected: '373.30', actual: '373.29' }, 1);
  });
  it('skips without 收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't1')));
});
