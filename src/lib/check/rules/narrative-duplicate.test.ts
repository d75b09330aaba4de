import { describe, it } from 'vitest';
import { rule } from './narrative-duplicate';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on seed 000: 社会保障和就业支出 stated 39.79 and 39.80', () => {
    expectFires(rule, seed000(), { expected: '39.79', actual: '39.80' }, 1);
  });
  it('skips with fewer than two figures', () => expectSkipped(rule, disclosure()));
});
