import { describe, it } from 'vitest';
import { rule } from './compared-year';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('fires when a fact compares with Y−2', () => {
    expectFires(rule, (() => { const d = seed001(); d.facts[0] = { ...d.facts[0]!, comparedYear: 2021 }; return d; })(), { expected: '2022', actual: '2021' }, 1);
  });
  it('fires on “比 2021 年预算” in the text', () => {
    expectFires(rule, withText('000', (t) => t.replace('比上年预算减少 2.41', '比 2021 年预算减少 2.41')), { expected: '2022', actual: '2021' }, 1);
  });
  it('skips without a year', () => expectSkipped(rule, (() => { const d = seed001(); d.year = null; return d; })()));
});
