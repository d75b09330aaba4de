import { describe, it } from 'vitest';
import { rule } from './t4-row-funds';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a row total ≠ Σ fund columns', () => {
    expectFires(rule, withCell(seed000(), 't4', '201', 'general_budget', '305.40', 'expenditure'), { expected: '305.40', actual: '305.50' }, 1);
  });
  it('skips without 财政拨款收支总表', () => expectSkipped(rule, withoutTable(seed000(), 't4')));
});
