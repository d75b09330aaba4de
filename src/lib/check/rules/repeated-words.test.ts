import { describe, it } from 'vitest';
import { rule } from './repeated-words';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on 预算预算', () => {
    expectFires(rule, withText('000', (t) => t.replace('收支总预算 373.29', '收支总预算预算 373.29')), { expected: '预算', actual: '预算预算' }, 1);
  });
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
