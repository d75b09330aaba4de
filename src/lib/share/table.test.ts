import { describe, expect, it } from 'vitest';
import { readCsvWithPython, readXlsxWithPython } from '../export/testing/python-reader';
import { footerLine, tableCsv, type ShareTable } from './table';
import { tableXlsx } from './table-xlsx';

interface Row { name: string; amount: number | null; staff: number | null; rate: number | null }
const table: ShareTable<Row> = {
  name: '总览',
  note: '显示 2026 年度预算 · 本年数 · 口径：部门优先',
  columns: [
    { label: '单位', kind: 'text', value: (r) => r.name },
    { label: '财政拨款', kind: 'amount', value: (r) => r.amount },
    { label: '在职', kind: 'count', value: (r) => r.staff },
    { label: '执行率', kind: 'percent', value: (r) => r.rate }
  ],
  rows: [
    { name: '上海市普陀区司法局', amount: 9628.224999, staff: 120, rate: 0.95123 },
    { name: '=HYPERLINK("http://x","点我")', amount: null, staff: null, rate: null },
    { name: '-负数单位, "引号"', amount: -3.005, staff: 0, rate: 1 }
  ]
};

describe('tableCsv', () => {
  it('writes a BOM, units in headers, plain numbers, blanks for missing, neutralised formulas', () => {
    const text = tableCsv(table);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).not.toContain('—');
    const rows = readCsvWithPython(text);
    expect(rows[0]).toEqual(['单位', '财政拨款（万元）', '在职', '执行率（%）']);
    expect(rows[1]).toEqual(['上海市普陀区司法局', '9628.22', '120', '95.12']);
    expect(rows[2]).toEqual([`'=HYPERLINK("http://x","点我")`, '', '', '']);
    expect(rows[3]).toEqual([`'-负数单位, "引号"`, '-3.01', '0', '100.00']);
  });
});

describe('tableXlsx', () => {
  const read = readXlsxWithPython(tableXlsx(table, '2026-12-06'));
  const cell = (sheet: number, ref: string) => read.sheets[sheet]!.cells.find((c) => c.ref === ref);

  it('has the table with a frozen Chinese header and the 口径 sheet', () => {
    expect(read.sheets.map((s) => s.name)).toEqual(['总览', '说明']);
    expect(read.sheets[0]!.frozen).toEqual({ ySplit: '1', state: 'frozen' });
    expect(['A1', 'B1', 'C1', 'D1'].map((ref) => cell(0, ref)?.value)).toEqual(['单位', '财政拨款（万元）', '在职', '执行率（%）']);
    expect(cell(1, 'B1')?.value).toBe(table.note);
    expect(cell(1, 'B2')?.value).toBe('2026-12-06');
  });

  it('writes amounts as numbers in 0.00, missing as no cell, formulas as quote-prefixed text', () => {
    expect(cell(0, 'B2')).toMatchObject({ type: null, value: '9628.22', formula: false });
    expect(read.quotePrefix[cell(0, 'A3')!.style]).toBe(true);
    expect(cell(0, 'A3')).toMatchObject({ type: 'inlineStr', value: '=HYPERLINK("http://x","点我")', formula: false });
    expect(cell(0, 'B3')).toBeUndefined();
    expect(cell(0, 'C4')).toMatchObject({ type: null, value: '0' });
  });
});

describe('footerLine', () => {
  it('states 口径, date and source', () => {
    expect(footerLine('口径：部门优先', '2026-12-06')).toBe('口径：部门优先　导出日期：2026-12-06　来源：预算透视 数据集');
  });
});

describe('printMarginCss', () => {
  it('puts the 口径 sentence, date, source and page number in the margins, quotes escaped', async () => {
    const { printMarginCss } = await import('./print-margins');
    const css = printMarginCss('口径：部门优先 "引号" \\', '2026-12-06');
    expect(css).toContain('@top-left { content: "预算透视 · 口径：部门优先 \\"引号\\" \\\\"');
    expect(css).toContain('打印日期：2026-12-06　来源：预算透视 数据集');
    expect(css).toContain('counter(pages)');
  });
});
