import { describe, it } from 'vitest';
import { rule } from './term-typo';
import { disclosure, textLines } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on 财政转专户管理资金 (corpus 05 表二)', () => {
    expectFires(rule, disclosure({ lines: textLines('一般公共预算 政府性基金预算 财政转专户管理资金 其他资金') }), { expected: '财政专户管理资金', actual: '财政转专户管理资金' }, 1);
  });
  it('fires on 公务车购置及运行费', () => {
    expectFires(rule, disclosure({ lines: textLines('（二）公务车购置及运行费0万元') }), { expected: '公务用车购置及运行费', actual: '公务车购置及运行费' }, 1);
  });
  it('stays quiet on the terms as written', () => expectQuiet(rule, disclosure({ lines: textLines('财政专户管理资金 单位预留机动经费 国有资本经营预算') })));
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
