import { describe, it } from 'vitest';
import { rule } from './t1-vs-t3-total';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when the totals differ', () => {
    expectFires(rule, withCell(seed000(), 't3', null, 'total', '373.39'), { expected: '373.29', actual: '373.39' }, 1);
  });
  it('skips without 支出表', () => expectSkipped(rule, withoutTable(seed000(), 't3')));
});
