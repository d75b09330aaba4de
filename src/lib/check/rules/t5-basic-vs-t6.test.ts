import { describe, it } from 'vitest';
import { rule } from './t5-basic-vs-t6';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 基本支出 differs', () => {
    expectFires(rule, withCell(seed000(), 't6', null, 'total', '340.39'), { expected: '340.29', actual: '340.39' }, 1);
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed000(), 't6')));
});
