import { describe, it } from 'vitest';
import { rule } from './row-basic-project';
import { withCell, disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 合计 ≠ 基本 + 项目', () => {
    expectFires(rule, withCell(seed000(), 't3', '201', 'basic', '300.40'), { expected: '305.40', actual: '305.50' }, 1);
  });
  it('skips without expenditure tables', () => expectSkipped(rule, disclosure()));
});
