import { describe, it } from 'vitest';
import { rule } from './sangong-vehicle-subtotal';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 小计 ≠ 购置 + 运行', () => {
    expectFires(rule, withCell(seed001(), 't10', 'vehicle_total', 'total', '27.70'), { expected: '27.60', actual: '27.70' });
  });
  it('skips without 三公 table', () => expectSkipped(rule, withoutTable(seed001(), 't10')));
});
