import { describe, it } from 'vitest';
import { rule } from './narrative-function';
import { withFacts, disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('stays quiet on a stated 0.00 for an item the tables lack', () => expectQuiet(rule, withFacts(seed001(), (f) => false, (f) => (f))));
  it('fires on seed 000: 社会保障和就业支出（类）39.80 vs 表5 39.79', () => {
    expectFires(rule, seed000(), { expected: '39.79', actual: '39.80', severity: 'info' }, 1); // one printed cent: 提示
  });
  it('warns on a non-zero item the table lacks', () => {
    expectFires(rule, withFacts(seed001(), (f) => f.source.line === 902, (f) => ({ ...f, subject: { ...f.subject, code: '2010399' } })), { severity: 'warning', expected: null, actual: '86.00' }, 1);
  });
  it('skips without such facts', () => expectSkipped(rule, disclosure()));
});
