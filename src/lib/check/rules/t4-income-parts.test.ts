import { describe, it } from 'vitest';
import { rule } from './t4-income-parts';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 财政拨款 ≠ Σ funds', () => {
    expectFires(rule, withCell(seed000(), 't4', 'appropriation', 'total', '370.30', 'income'), { expected: '370.29', actual: '370.30' }, 1);
  });
  it('skips without 财政拨款收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't4')));
});
