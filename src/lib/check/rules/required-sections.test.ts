import { describe, it } from 'vitest';
import { rule } from './required-sections';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires when 名词解释 is missing', () => {
    expectFires(rule, withText('001', (t) => t.replaceAll('名词解释', '附录')), { expected: '名词解释', actual: null }, 1);
  });
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
