import { describe, expect, it } from 'vitest';
import { rule } from './t6-row-personnel-public';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('seed 000: 303 合计 6.23 ≠ 人员经费 6.24 (5.66 + 0.58) is one printed cent: 提示, not 错误', () => {
    const [finding] = expectFires(rule, seed000(), { expected: '6.24', actual: '6.23', severity: 'info' }, 1);
    expect(finding!.message).toContain('四舍五入');
  });
  it('a difference beyond one printed cent stays an error', () => {
    expectFires(rule, withCell(seed000(), 't6', '303', 'total', '6.22'), { expected: '6.24', actual: '6.22', severity: 'error' }, 1);
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed000(), 't6')));
});
