import { describe, it } from 'vitest';
import { rule } from './t7-projects-sum';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 合计 ≠ Σ projects', () => {
    expectFires(rule, withCell(seed001(), 't7', null, 'total', '92.60'), { expected: '92.50', actual: '92.60' });
  });
  it('skips without projects', () => expectSkipped(rule, withoutTable(seed001(), 't7')));
});
