import { describe, it } from 'vitest';
import { rule } from './change-words';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on “减少 … 万元，增长 …%” across a wrapped line', () => {
    expectFires(rule, withText('000', (t) => t.replace('万元，下降 0.66%', '万元，增长 0.66%')), { expected: '下降', actual: '增长' }, 1);
  });
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
