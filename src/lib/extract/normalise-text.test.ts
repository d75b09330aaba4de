import { describe, expect, test } from 'vitest';
import { joinLetterSpaced, normaliseText, tidyCells } from './normalise-text';

describe('normaliseText', () => {
  test.each([
    ['radical supplement 门 (NFKC leaves U+2ED4 alone)', '部\u2ED4预算', '部门预算'],
    ['radical supplement 车', '公务用\u2ECB运行费', '公务用车运行费'],
    ['radical supplement 页, 贝, 马, 风', '\u2EDA\u2EC9\u2EE2\u2EDB', '页贝马风'],
    ['Kangxi radical 一 via NFKC', '\u2F00般公共预算', '一般公共预算'],
    ['Kangxi radical 人', '\u2F08员经费', '人员经费'],
    ['CJK compatibility ideograph', '\uF9B5', '例'],
    ['full-width digits and percent', '１２．５％', '12.5%'],
    ['ideographic space and no-break space become spaces', '合\u3000计\u00A01', '合 计 1'],
    ['Chinese punctuation stays', '单位：万元，其中（一）“三公”。', '单位：万元，其中（一）“三公”。']
  ])('%s', (_, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('joinLetterSpaced', () => {
  test.each([
    ['江 苏 省 人 民 检 察 院', '江苏省人民检察院'],
    ['江 苏 省 人 民 检 察 院 2018 年 度 收 入 、 支 出 预 算 总 计', '江苏省人民检察院 2018 年度收入、支出预算总计'],
    ['中 介 机 构 服 务 费 418.80 万 元', '中介机构服务费 418.80 万元'],
    ['根 据 《 江 苏 省 财 政 厅关于 编制 省 级 2017 年部门 预算 和', '根据《江苏省财政厅关于 编制省级 2017 年部门 预算和'],
    ['合 计', '合计'],
    ['1. 一般公共预算资金', '1. 一般公共预算资金'],
    ['基本支出 项目支出', '基本支出 项目支出'],
    ['201 06 01 行政运行', '201 06 01 行政运行']
  ])('%s', (input, expected) => {
    expect(joinLetterSpaced(input)).toBe(expected);
  });
});

describe('tidyCells', () => {
  test('a "%" cell joins the figure before it and widens its x-range', () => {
    expect(tidyCells([{ text: '3,958.67 万元，增长 21.95', x0: 0, x1: 40 }, { text: '%。增加原因', x0: 49, x1: 60 }])).toEqual([
      { text: '3,958.67 万元，增长 21.95%。增加原因', x0: 0, x1: 60 }
    ]);
  });
  test('a "%" after a space inside a cell joins its figure', () => {
    expect(tidyCells([{ text: '降幅 0.66 %。主要' }])).toEqual([{ text: '降幅 0.66%。主要' }]);
  });
  test('a "%" cell after words stays a cell of its own', () => {
    expect(tidyCells([{ text: '增长率', x0: 0, x1: 6 }, { text: '%', x0: 10, x1: 11 }])).toEqual([
      { text: '增长率', x0: 0, x1: 6 },
      { text: '%', x0: 10, x1: 11 }
    ]);
  });
  test('letter-spaced cells are joined and keep their printed extent', () => {
    expect(tidyCells([{ text: '项 目', x0: 12, x1: 17 }])).toEqual([{ text: '项目', x0: 12, x1: 17 }]);
  });
});
