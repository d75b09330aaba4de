import { describe, it } from 'vitest';
import { rule } from './t1-income-parts';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a source does not add up to 本年收入', () => {
    expectFires(rule, withCell(seed000(), 't1', 'general_budget', 'total', '362.30', 'income'), { expected: '370.30', actual: '370.29' }, 1);
  });
  it('skips without 收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't1')));
});
