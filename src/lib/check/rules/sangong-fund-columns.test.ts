import { describe, it } from 'vitest';
import { rule } from './sangong-fund-columns';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a row ≠ Σ fund columns', () => {
    expectFires(rule, withCell(seed001(), 't10', 'reception', 'general_budget', '19.70'), { expected: '19.70', actual: '19.75' }, 1);
  });
  it('skips without 三公 table', () => expectSkipped(rule, withoutTable(seed001(), 't10')));
});
