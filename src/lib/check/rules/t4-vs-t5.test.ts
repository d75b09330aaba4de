import { describe, it } from 'vitest';
import { rule } from './t4-vs-t5';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a class differs', () => {
    expectFires(rule, withCell(seed000(), 't5', '206', 'total', '17.10'), { expected: '17.00', actual: '17.10' }, 1);
  });
  it('skips without 一般公共预算支出表', () => expectSkipped(rule, withoutTable(seed000(), 't5')));
});
