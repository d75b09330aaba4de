import { describe, it } from 'vitest';
import { rule } from './template-leftovers';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 000\'s text', () => expectQuiet(rule, withText('000')));
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on XX, （略） and a filling instruction', () => {
    expectFires(rule, withText('000', (t) => t.replace('无下属预算单位', 'XX单位（略），填列数应与表1一致')), { expected: null, actual: 'XX' }, 3);
  });
  it('skips without text', () => expectSkipped(rule, disclosure()));
});
