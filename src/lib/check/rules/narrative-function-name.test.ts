import { describe, it } from 'vitest';
import { rule } from './narrative-function-name';
import { disclosure, fact, tbl } from '../testing/builder';
import { expectFires, expectQuiet, expectSkipped } from '../testing/expect';
import { seed000 } from '../testing/seed000';
import { seed001 } from '../testing/seed001';

const withName = (name: string) => disclosure({
  tables: [tbl('t5', ['total'], '* | 合计 | 114.97\n210 | 卫生健康支出 | 114.97\n21011 | 行政事业单位医疗 | 114.97\n2101101 | 行政单位医疗 | 114.97')],
  facts: [fact('function', '114.97', { code: '2101101', name: `${name}/行政事业单位医疗/行政单位医疗`, scope: 'appropriation' })]
});

describe(rule.id, () => {
  it('stays quiet on seed 000', () => expectQuiet(rule, seed000()));
  it('stays quiet on seed 001', () => expectQuiet(rule, seed001()));
  it('fires on the old name of class 210 (corpus 02 item 11)', () => {
    expectFires(rule, withName('医疗卫生与计划生育支出'), { expected: '卫生健康支出', actual: '医疗卫生与计划生育' }, 1);
  });
  it('stays quiet on the name as the tables print it (with or without 支出)', () => {
    expectQuiet(rule, withName('卫生健康支出'));
    expectQuiet(rule, withName('卫生健康'));
  });
  it('skips without tables', () => expectSkipped(rule, disclosure()));
});
