import { describe, it } from 'vitest';
import { rule } from './scope-wording';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text (单位)', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text (部门)', () => expectQuiet(rule, withText('001')));
  it('fires on 部门预算 in a 单位 document', () => {
    expectFires(rule, withText('000', (t) => t.replace('所有收入和支出均纳入单位预算管理', '所有收入和支出均纳入部门预算管理')), { expected: '单位', actual: '部门预算管理' }, 1);
  });
  it('skips when the scope is unknown', () => expectSkipped(rule, (() => { const d = withText('000'); d.docScope = null; return d; })()));
});
