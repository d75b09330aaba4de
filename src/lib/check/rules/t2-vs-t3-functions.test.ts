import { describe, it } from 'vitest';
import { rule } from './t2-vs-t3-functions';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when an item differs', () => {
    expectFires(rule, withCell(seed000(), 't2', '2010308', 'total', '5.10'), { expected: '5.10', actual: '5.00' }, 1);
  });
  it('skips without 收入表', () => expectSkipped(rule, withoutTable(seed000(), 't2')));
});
