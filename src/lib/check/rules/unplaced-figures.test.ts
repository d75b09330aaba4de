import { describe, it } from 'vitest';
import { rule } from './unplaced-figures';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withUnplaced } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires when the parser left figures unplaced', () => {
    expectFires(rule, withUnplaced(seed000(), 't6', '303', ['6.24']), { expected: null, actual: '6.24' }, 1);
  });
  it('skips without rows', () => expectSkipped(rule, disclosure()));
});
