import { describe, it } from 'vitest';
import { rule } from './t7-project-columns';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when a row total ≠ Σ economic columns', () => {
    expectFires(rule, withCell(seed001(), 't7', null, 'econ_302', '92.40'), { expected: '92.40', actual: '92.50' }, 1);
  });
  it('skips without economic columns', () => expectSkipped(rule, withoutTable(seed001(), 't7')));
});
