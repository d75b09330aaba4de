import { describe, it } from 'vitest';
import { rule } from './unit-name-variants';
import { disclosure } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped, withText } from '../testing/expect';

describe(rule.id, () => {
  it('stays quiet on seed 001\'s text', () => expectQuiet(rule, withText('001')));
  it('fires on seed 000: 乌木齐县人民政府办公室', () => {
    expectFires(rule, withText('000'), { expected: '乌鲁木齐县人民政府办公室', actual: '乌木齐县人民政府办公室' }, 1);
  });
  it('skips without a unit name', () => expectSkipped(rule, (() => { const d = disclosure(); d.unit.name = ''; return d; })()));
});
