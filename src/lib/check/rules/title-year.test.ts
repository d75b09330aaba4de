import { describe, it } from 'vitest';
import { rule } from './title-year';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';
import { seed001 } from '../testing/seed001';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on a title naming 2022', () => {
    expectFires(rule, withText('000', (t) => t.replace('第二部分 2023 年单位预算公开表', '第二部分 2022 年单位预算公开表')), { expected: '2023', actual: '2022' }, 1);
  });
  it('skips without a year', () => expectSkipped(rule, (() => { const d = seed001(); d.year = null; return d; })()));
});
