import { describe, it } from 'vitest';
import { rule } from './doubled-punctuation';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on 。。', () => {
    expectFires(rule, withText('000', (t) => t.replace('节约公用经费开支。', '节约公用经费开支。。')), { expected: '。', actual: '。。' }, 1);
  });
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
