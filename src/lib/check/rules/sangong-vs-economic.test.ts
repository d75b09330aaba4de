import { describe, it } from 'vitest';
import { rule } from './sangong-vs-economic';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('reports (info) when 公务接待费 differs from 30217', () => {
    expectFires(rule, withCell(seed001(), 't6', '30217', 'total', '19.00'), { severity: 'info', expected: '19.00', actual: '19.75' }, 1);
  });
  it('skips without 基本支出表', () => expectSkipped(rule, withoutTable(seed001(), 't6')));
});
