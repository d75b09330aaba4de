import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractText, layoutCells } from './text';

const encode = (text: string) => new TextEncoder().encode(text);
const TABLE = '项目                 预算数\n合计          1,234.56\n其中           34.00\n';

describe('layout text', () => {
  test('every form feed ends a page: an empty page keeps its number, the trailing form feed adds none', () => {
    const result = extractText('t.txt', encode(`${TABLE}\f\f${TABLE}\f`));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.document.format).toBe('layout-text');
    expect(result.document.pages.map((page) => [page.number, page.lines.map((line) => line.line)])).toEqual([
      [1, [1, 2, 3]],
      [2, []],
      [3, [4, 5, 6]]
    ]);
  });

  test('letter-spaced and detached-% cells are tidied; x keeps the printed columns', () => {
    expect(layoutCells('   江 苏 省 人 民 检 察 院 2018 年 度')).toEqual([{ text: '江苏省人民检察院 2018 年度', x0: 3, x1: 27 }]);
    expect(layoutCells('3,958.67 万元，增长 21.95         %。增加原因')).toEqual([{ text: '3,958.67 万元，增长 21.95%。增加原因', x0: 0, x1: 35 }]);
    expect(layoutCells('增长率      %')).toEqual([
      { text: '增长率', x0: 0, x1: 3 },
      { text: '%', x0: 9, x1: 10 }
    ]);
  });

  test('a narrative-only pdftotext file (indented, few table columns) is read as layout text with its 20 pages', () => {
    const bytes = readFileSync(new URL('../../../tests/corpus/text/05_js_cppcc_office_2017_dept_budget_part1_narrative.txt', import.meta.url));
    const result = extractText('05.txt', bytes);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.document.format).toBe('layout-text');
    expect(result.document.pages).toHaveLength(20);
  });
});
