import { describe, it } from 'vitest';
import { rule } from './negative-amount';
import { withCell, disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on a negative figure', () => {
    expectFires(rule, withCell(seed001(), 't3', '201', 'project', '-92.50'), { expected: null, actual: '-92.50' }, 1);
  });
  it('skips without rows', () => expectSkipped(rule, disclosure()));
});
