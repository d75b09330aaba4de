import { beforeAll, describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../normalise/csv';
import { AMOUNT_COLUMNS, BOOLEAN_COLUMNS, COLUMNS, INTEGER_COLUMNS, type Dataset } from '../normalise/rows';
import { COLUMN_HEADERS, SHEETS } from './headers';
import { readCsvWithPython, readXlsxWithPython, type CellRead, type SheetRead, type XlsxRead } from './testing/python-reader';
import { seedDataset } from './testing/seeds';
import { datasetXlsx } from './xlsx';

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';
const FORMULA = '=HYPERLINK("http://x","点我")';

/** A sheet as rows of cells keyed by their header (row 1), blank cells absent. */
function byHeader(sheet: SheetRead): Map<string, CellRead>[] {
  const rows = new Map<number, Map<string, CellRead>>();
  const headers = new Map<string, string>();
  for (const cell of sheet.cells) {
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell.ref)!;
    if (row === '1') headers.set(column!, cell.value!);
    else {
      if (!rows.has(Number(row))) rows.set(Number(row), new Map());
      rows.get(Number(row))!.set(headers.get(column!)!, cell);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells);
}

describe('datasetXlsx', () => {
  let dataset: Dataset;
  let read: XlsxRead;
  beforeAll(async () => {
    const seeds = await seedDataset();
    // A cell read from a document that looks like a formula, and a line without page or box.
    const hostile = { ...seeds.lines[0]!, name: FORMULA, code: '@SUM(A1)', source_line: '-a.txt:1', page: null, box: null, certain: false };
    dataset = { ...seeds, lines: [...seeds.lines, hostile] };
    read = readXlsxWithPython(datasetXlsx(dataset));
  }, 120_000);

  it('has one sheet per dataset file, named in Chinese, with a frozen header row of Chinese column names', () => {
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(['单位汇总', '金额明细', '核对发现', '表格清单', '公开文件', '核对规则', '数字来源']);
    expect(SHEETS.map((sheet) => sheet.file).sort()).toEqual(Object.keys(COLUMNS).sort());
    for (const [index, sheet] of read.sheets.entries()) {
      const columns = COLUMNS[SHEETS[index]!.file];
      const header = sheet.cells.filter((cell) => /^[A-Z]+1$/.test(cell.ref));
      expect(header.map((cell) => cell.value)).toEqual(columns.map((column) => COLUMN_HEADERS[column]));
      expect(new Set(header.map((cell) => cell.value)).size, sheet.name).toBe(columns.length);
      for (const cell of header) expect(cell.value).toMatch(/[\u4e00-\u9fff]/);
      expect(sheet.frozen).toEqual({ ySplit: '1', state: 'frozen' });
      expect(sheet.widths).toHaveLength(columns.length);
      for (const width of sheet.widths) expect(width).toBeGreaterThanOrEqual(6);
    }
    expect(read.contentTypes.filter((type) => type.endsWith('worksheet+xml'))).toHaveLength(7);
  });

  it('gives the seeds’ 一般公共预算 and other figures as number cells in 万元, and a figure not stated as no cell', () => {
    const summary = byHeader(read.sheets[0]!);
    const row = (unit: string, basis: string) => summary.find((cells) => cells.get('单位名称')?.value === unit && cells.get(COLUMN_HEADERS.basis)?.value === basis)!;
    const figure = (cells: Map<string, CellRead>, header: string) => {
      const cell = cells.get(header);
      return cell && { type: cell.type, value: Number(cell.value) };
    };
    expect(figure(row(URUMQI, 'stated'), '一般公共预算拨款（万元）')).toEqual({ type: null, value: 362.29 });
    expect(figure(row(URUMQI, 'stated'), '收入总计（万元）')).toEqual({ type: null, value: 373.29 });
    expect(figure(row(URUMQI, 'stated'), '编制数（人）')).toEqual({ type: null, value: 24 });
    expect(figure(row(URUMQI, 'stated'), '年度')).toEqual({ type: null, value: 2023 });
    expect(figure(row(URHO, 'stated'), '一般公共预算拨款（万元）')).toEqual({ type: null, value: 468.53 });
    expect(figure(row(URHO, 'prior'), '一般公共预算拨款（万元）')).toEqual({ type: null, value: 550 });
    expect(figure(row(URUMQI, 'prior'), '国有资本经营预算拨款（万元）')).toBeUndefined(); // blank in the CSV, never 0
    expect(figure(row(URUMQI, 'prior'), '政府性基金预算拨款（万元）')).toEqual({ type: null, value: 0 }); // a stated zero stays 0
  });

  it('holds every cell of every file as the CSV does: same figures as numbers, same blanks, same text', () => {
    for (const [index, sheet] of read.sheets.entries()) {
      const file = SHEETS[index]!.file;
      const [, ...csvRows] = readCsvWithPython(toCsv(file, dataset));
      const rows = byHeader(sheet);
      expect(rows.length, sheet.name).toBe(csvRows.length);
      csvRows.forEach((csvRow, rowIndex) => {
        COLUMNS[file].forEach((column, columnIndex) => {
          const csvCell = csvRow[columnIndex]!;
          const cell = rows[rowIndex]?.get(COLUMN_HEADERS[column]);
          const where = `${sheet.name} row ${rowIndex + 2} ${column}`;
          if (csvCell === '') return expect(cell, where).toBeUndefined();
          expect(cell, where).toBeDefined();
          expect(cell!.formula, where).toBe(false);
          if (AMOUNT_COLUMNS.has(column) || INTEGER_COLUMNS.has(column)) expect([cell!.type, cell!.value], where).toEqual([null, csvCell]);
          else if (BOOLEAN_COLUMNS.has(column)) expect([cell!.type, cell!.value], where).toEqual(['b', csvCell === 'true' ? '1' : '0']);
          // The sheet holds the text as printed; the CSV the same text with its formula guard.
          else expect([cell!.type, neutraliseFormula(cell!.value!)], where).toEqual(['inlineStr', csvCell]);
        });
      });
    }
  });

  it('keeps text that looks like a formula as text, marked to stay text when retyped', () => {
    const lines = byHeader(read.sheets[1]!);
    const hostile = lines.at(-1)!;
    for (const [header, text] of [['项目名称', FORMULA], ['科目编码', '@SUM(A1)'], ['出处（文件:行）', '-a.txt:1']] as const) {
      const cell = hostile.get(header)!;
      expect([cell.type, cell.value, cell.formula, read.quotePrefix[cell.style]]).toEqual(['inlineStr', text, false, true]);
    }
    expect(read.quotePrefix[hostile.get('单位代码')!.style]).toBe(false);
    expect(hostile.get('页码')).toBeUndefined();
    expect(hostile.get('读取可靠')).toMatchObject({ type: 'b', value: '0' });
  });

  it('refuses a file with more rows than an Excel sheet holds, by name, rather than write a sheet Excel cuts short', () => {
    const lines = new Array<Dataset['lines'][number]>(1_048_576).fill(dataset.lines[0]!);
    expect(() => datasetXlsx({ ...dataset, lines })).toThrow('“金额明细”有 1048576 行，超过 Excel 每张工作表 1048575 行数据的上限：请下载 CSV');
  });

  it('gives the same bytes for the same dataset', () => {
    expect(Buffer.from(datasetXlsx(structuredClone(dataset))).equals(datasetXlsx(dataset))).toBe(true);
  });
});
