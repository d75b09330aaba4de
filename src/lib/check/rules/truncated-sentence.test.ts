import { describe, it } from 'vitest';
import { rule } from './truncated-sentence';
import { disclosure, textLines } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on “主要原因是。” (corpus 03, line 321)', () => {
    expectFires(rule, disclosure({ lines: textLines('（二）公务用车购置及运行费9.98万元，与2025年预算数持平，主要原因是。其中：') }), { actual: '主要原因是。' }, 1);
  });
  it('stays quiet when the reason is given', () => expectQuiet(rule, disclosure({ lines: textLines('主要原因是：支出增加。') })));
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
