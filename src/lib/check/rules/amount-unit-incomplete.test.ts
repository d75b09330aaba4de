import { describe, it } from 'vitest';
import { rule } from './amount-unit-incomplete';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 001\'s text (“468.53 万” wraps onto “元。”)', () => expectQuiet(rule, withText('001')));
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('fires on “373.29 万。”', () => {
    expectFires(rule, withText('000', (t) => t.replace('收支总预算 373.29 万元。', '收支总预算 373.29 万。')), { expected: '万元', actual: '373.29 万' }, 1);
  });
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
