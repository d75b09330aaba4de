import { describe, expect, it } from 'vitest';
import type { Line } from '../../extract/types';
import { findAmounts, parsePercent } from './figures';
import { buildFunctionNames, resolveFunctionCode } from './function-classes';
import { buildStream } from './stream';
import { findFunctionPaths } from './subjects';
import { functionTable } from './test-helpers';

const line = (n: number, text: string): Line => ({ page: 1, line: n, text, cells: [], positioned: false });

describe('buildStream', () => {
  it.each([
    [['比上年预算减少 2.41', '万元，下降 0.66%'], '比上年预算减少2.41万元，下降0.66%'],
    [['江 苏 省 人 民 检 察 院 2018 年 度'], '江苏省人民检察院2018年度'],
    [['增长 21.95         %'], '增长21.95%'],
    [['下属 0 家行政单位和', '0 家事业单位'], '下属0家行政单位和0家事业单位'],
    [['价值 12', '3 万元'], '价值12 3万元'], // two numbers never merge
    [['比上年预算减少 97.44 万元,下降 20.58%'], '比上年预算减少97.44万元，下降20.58%'],
    [['合计 21,940.96 万元'], '合计21,940.96万元']
  ])('%j → %s', (texts, expected) => {
    const stream = buildStream(texts.map((t, i) => line(i + 1, t)));
    expect(stream.text).toBe(expected);
    expect(stream.lineIndex).toHaveLength(expected.length);
  });
});

describe('figures', () => {
  it('reads amounts before 万元 only, not thresholds or years', () => {
    expect(findAmounts('2023年预算数为221.57万元，单位价值50万元以上大型设备0台').map((a) => a.value)).toEqual([221_570_000]);
    expect(findAmounts('合计1,895.00万元、1895万元').map((a) => a.value)).toEqual([1_895_000_000, 1_895_000_000]);
  });

  it.each([
    ['0.66', { hundredths: 66, decimals: 2, text: '0.66%' }],
    ['100', { hundredths: 10000, decimals: 0, text: '100%' }],
    ['9.1', { hundredths: 910, decimals: 1, text: '9.1%' }],
    ['12.345', { hundredths: 1235, decimals: 3, text: '12.345%' }]
  ])('percent %s', (text, expected) => {
    expect(parsePercent(text)).toEqual(expected);
  });
});

describe('function paths and codes', () => {
  it('splits 类/款/项 names, brackets inside names included', () => {
    const [path] = findFunctionPaths('1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）：2023年');
    expect(path!.path).toEqual({ className: '一般公共服务支出', sectionName: '政府办公厅（室）及相关机构事务', itemName: '行政运行' });
  });

  it('takes printed codes (204类)(06款)(01项)', () => {
    const [path] = findFunctionPaths('1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元');
    expect(resolveFunctionCode(path!.path!, undefined)).toBe('2040601');
  });

  it('resolves through the tables, refusing a name used under two classes unless the path says which', () => {
    const names = buildFunctionNames([
      functionTable([
        ['201', '一般公共服务支出'], ['20103', '政府办公厅（室）及相关机构事务'], ['2010301', '行政运行'],
        ['204', '公共安全支出'], ['20406', '司法'], ['2040601', '行政运行']
      ])
    ]);
    expect(names.has('行政运行')).toBe(false);
    expect(resolveFunctionCode({ className: '公共安全支出', sectionName: '司法', itemName: '行政运行' }, names)).toBe('2040601');
    expect(resolveFunctionCode({ className: '公共安全支出', sectionName: '司法', itemName: '其他司法支出' }, names)).toBeUndefined();
  });
});
