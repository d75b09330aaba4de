/** The reader on synthetic PDF-like lines (x in points), so nothing depends on character columns. */
import { describe, expect, it } from 'vitest';
import type { Line } from '../../extract/types';
import { readTable, type ColumnSpecWithSide } from './reader';
import { sumsArithmetic } from './arithmetic';

let lineNo = 0;
/** cells: [text, x0] with 6pt per character. */
function line(page: number, ...cells: [string, number][]): Line {
  const mapped = cells.map(([text, x0]) => ({ text, x0, x1: x0 + [...text].length * 6 }));
  return { page, line: ++lineNo, text: mapped.map((c) => c.text).join(' '), cells: mapped, positioned: true };
}

const SPECS: ColumnSpecWithSide[] = [
  { key: 'total', label: /^合计$/ },
  { key: 'basic', label: /^基本支出$/ },
  { key: 'project', label: /^项目支出$/ }
];
const OPTIONS = { file: 'synthetic.pdf', grid: false, codes: true, arithmetic: sumsArithmetic([['total', ['basic', 'project']]], '元') };

function header(page: number): Line[] {
  return [line(page, ['单位：元', 500]), line(page, ['科目名称', 100], ['合计', 250], ['基本支出', 340], ['项目支出', 440]), line(page, ['类', 10], ['款', 40], ['项', 70])];
}

describe('readTable', () => {
  it('reads the unit, skips lone page numbers, places partial rows by position', () => {
    lineNo = 0;
    const lines = [
      ...header(1),
      line(1, ['201', 10], ['06', 40], ['01', 70], ['行政运行', 100], ['1,000.00', 230], ['400.00', 340], ['600.00', 440]),
      line(1, ['201', 10], ['06', 40], ['02', 70], ['一般行政管理事务', 100], ['500.00', 245], ['500.00', 455]),
      line(1, ['9', 300])
    ];
    const read = readTable(lines, SPECS, OPTIONS);
    expect(read.unit).toBe('元');
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => r.sides[0])).toEqual([
      { side: 0, codeParts: ['201', '06', '01'], label: '行政运行', figures: [{ text: '1,000.00', key: 'total' }, { text: '400.00', key: 'basic' }, { text: '600.00', key: 'project' }] },
      { side: 0, codeParts: ['201', '06', '02'], label: '一般行政管理事务', figures: [{ text: '500.00', key: 'total' }, { text: '500.00', key: 'project' }] }
    ]);
  });

  it('re-reads a repeated header and lets a headerless, shifted page re-derive its columns from complete rows', () => {
    lineNo = 0;
    const lines = [
      ...header(1),
      line(1, ['301', 10], ['工资福利支出', 100], ['900.00', 250], ['900.00', 350], ['0.00', 470]),
      // p. 2: no header, every column 60pt to the left, one complete row and one partial row
      line(2, ['302', 10], ['商品和服务支出', 60], ['300.00', 190], ['0.00', 310], ['300.00', 380]),
      line(2, ['303', 10], ['对个人和家庭的补助', 60], ['80.00', 196], ['80.00', 296])
    ];
    const read = readTable(lines, SPECS, OPTIONS);
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => r.sides[0]?.figures.map((f) => f.key))).toEqual([
      ['total', 'basic', 'project'],
      ['total', 'basic', 'project'],
      ['total', 'basic']
    ]);
  });

  it('places a shifted partial row when position and arithmetic agree, refuses it when they cannot decide', () => {
    lineNo = 0;
    const clear = readTable([...header(1), line(2, ['303', 10], ['对个人和家庭的补助', 60], ['80.00', 196], ['80.00', 296])], SPECS, OPTIONS);
    expect(clear.rows[0]?.sides[0]?.figures.map((f) => f.key)).toEqual(['total', 'basic']);
    lineNo = 0;
    // Half a column to the right: the second 80.00 fits basic and project alike, and 80 = 80 + 0 either way.
    const lines = [...header(1), line(2, ['303', 10], ['对个人和家庭的补助', 60], ['80.00', 289], ['80.00', 389])];
    const read = readTable(lines, SPECS, OPTIONS);
    expect(read.rows[0]?.sides[0]?.figures.map((f) => f.key)).toEqual(['total', null]);
    expect(read.issues[0]).toMatchObject({ code: 'figure-unplaced', source: { file: 'synthetic.pdf', page: 2, line: lines[3]!.line } });
  });

  it('reads stacked header labels and places figures given in reading order', () => {
    lineNo = 0;
    const specs: ColumnSpecWithSide[] = [
      { key: 'total', label: /^合计$/ },
      { key: 'business_income', label: /^事业收入$/ },
      { key: 'operating_income', label: /^事业单位经营收入$/ },
      { key: 'other_income', label: /^其他收入$/ }
    ];
    const lines = [
      line(1, ['事业单位', 400]),
      line(1, ['合计', 200], ['事业收入', 300], ['其他收入', 500]),
      line(1, ['经营收入', 400]),
      // cells delivered out of x order, as a column-by-column extraction would
      line(1, ['9.00', 410], ['合计', 20], ['10.00', 200], ['1.00', 510])
    ];
    const read = readTable(lines, specs, { file: 'x.pdf', grid: false, codes: false });
    expect(read.rows[0]?.sides[0]?.figures).toEqual([
      { text: '10.00', key: 'total' },
      { text: '9.00', key: 'operating_income' },
      { text: '1.00', key: 'other_income' }
    ]);
  });
});
