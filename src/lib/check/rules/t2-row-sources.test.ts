import { describe, it } from 'vitest';
import { rule } from './t2-row-sources';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a row total ≠ Σ sources', () => {
    expectFires(rule, withCell(seed000(), 't2', '201', 'total', '305.60'), { expected: '305.50', actual: '305.60' }, 1);
  });
  it('skips without 收入表', () => expectSkipped(rule, withoutTable(seed000(), 't2')));
});
