import { describe, it } from 'vitest';
import { rule } from './t1-vs-t4-funds';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a fund differs', () => {
    expectFires(rule, withCell(seed000(), 't4', 'gov_fund', 'total', '8.10', 'income'), { expected: '8.00', actual: '8.10' }, 1);
  });
  it('skips without 财政拨款收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't4')));
});
