import { describe, it } from 'vitest';
import { rule } from './t5-project-vs-t7';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 项目支出 differs', () => {
    expectFires(rule, withCell(seed000(), 't7', null, 'total', '22.10'), { expected: '22.00', actual: '22.10' }, 1);
  });
  it('skips without 项目支出表', () => expectSkipped(rule, withoutTable(seed000(), 't7')));
});
