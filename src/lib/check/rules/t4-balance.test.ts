import { describe, it } from 'vitest';
import { rule } from './t4-balance';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 财政拨款 income ≠ expenditure', () => {
    expectFires(rule, withCell(seed000(), 't4', 'income_total', 'total', '370.30', 'income'), { expected: '370.30', actual: '370.29' }, 1);
  });
  it('fires when one fund does not balance', () => {
    expectFires(rule, withCell(seed000(), 't4', 'gov_fund', 'total', '8.10', 'income'), { expected: '8.10', actual: '8.00' });
  });
  it('skips without 财政拨款收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't4')));
});
