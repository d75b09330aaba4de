import { describe, it } from 'vitest';
import { rule } from './t4-vs-t9';
import { withCell, withoutTable } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when 财政拨款 lists 国有资本经营 spending the empty table lacks', () => {
    expectFires(rule, withCell(seed000(), 't4', '212', 'state_capital', '1.00', 'expenditure'), { expected: '1.00', actual: null });
  });
  it('skips without 国有资本经营表', () => expectSkipped(rule, withoutTable(seed000(), 't9')));
});
