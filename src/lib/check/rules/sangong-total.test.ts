import { describe, it } from 'vitest';
import { rule } from './sangong-total';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 合计 ≠ 出国 + 用车 + 接待', () => {
    expectFires(rule, withCell(seed001(), 't10', 'sangong_total', 'total', '47.45'), { expected: '47.35', actual: '47.45' }, 1);
  });
  it('skips without 三公 table', () => expectSkipped(rule, withoutTable(seed001(), 't10')));
});
