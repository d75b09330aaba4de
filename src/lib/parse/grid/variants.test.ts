/**
 * The table machinery on other years' wordings of the families it knows: real corpus text with
 * the template variations other years and units print (other numbering, other title wordings,
 * titles wrapped with the unit's name, a “三公” table with other columns in another order). Each
 * must read the same figures — built for the kind of document, not for the corpus files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../extract/text';
import { wanyuan } from '../../model/amount';
import type { ParsedTable, TableId } from '../../model/disclosure';
import { JIANGSU12 } from '../families/jiangsu12/spec';
import { SHANGHAI9 } from '../families/shanghai9/spec';
import { readFamilyTables } from './family';
import type { FamilySpec } from './spec';

const corpus = (name: string) => readFileSync(`tests/corpus/text/${name}.txt`, 'utf8');

function read(text: string, family: FamilySpec): ParsedTable[] {
  const extracted = extractText('variant.txt', new TextEncoder().encode(text));
  if (!extracted.ok) throw new Error(extracted.error.message);
  return readFamilyTables(extracted.document, family).tables;
}

const table = (tables: ParsedTable[], id: TableId) => tables.find((t) => t.id === id)!;
const items = (t: ParsedTable) => Object.fromEntries(t.rows.map((row) => [row.code, row.values.total]));
const w = (text: string) => wanyuan(text);

/** Replaces the lines [from, to] (1-based, inclusive) of a text. */
function replaceLines(text: string, from: number, to: number, lines: string[]): string {
  const all = text.split('\n');
  all.splice(from - 1, to - from + 1, ...lines);
  return all.join('\n');
}

const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

describe('Jiangsu, other years', () => {
  const text = corpus('04_js_procuratorate_2018_dept_budget');

  it('tables labelled 公开表一 … 公开表十二 read as 公开01表 … 公开12表', () => {
    const relabelled = text.replace(/公开 (\d\d) 表：/g, (_, n: string) => `公开表${CHINESE[Number(n)]}：`);
    const tables = read(relabelled, JIANGSU12);
    expect(tables.map((t) => t.familyTableId)).toEqual(CHINESE.slice(1).map((n) => `公开表${n}`));
    expect(tables.every((t) => t.status !== 'missing')).toBe(true);
    expect(table(tables, 't1').rows.find((r) => r.code === 'income_total')!.values.total).toBe(w('21955.35'));
    expect(items(table(tables, 't10')).sangong_total).toBe(w('484.30'));
  });

  it('a “三公” table without 会议费 and 培训费, its columns in another order', () => {
    const start = text.split('\n').findIndex((line) => line.startsWith('公开 09 表')) + 1;
    const variant = replaceLines(text, start, start + 18, [
      '公开 09 表：一般公共预算“三公”经费支出预算表',
      '部门：                   江苏省人民检察院                                          单位：万元',
      '',
      '                                      公务用车购置及运行费',
      '      合计         因公出国（境）费                                            公务接待费',
      '                                     小计        购置费       运行费',
      '',
      '    484.30           100.00          267.80                   267.80           116.50',
      ''
    ]);
    const t10 = table(read(variant, JIANGSU12), 't10');
    expect(items(t10)).toEqual({
      sangong_total: w('484.30'), outbound: w('100.00'), vehicle_total: w('267.80'), vehicle_purchase: 0, vehicle_operation: w('267.80'), reception: w('116.50')
    });
  });
});

describe('Shanghai, other years and units', () => {
  const text = corpus('01_sh_putuo_finance_bureau_2025_dept_budget');
  const lines = text.split('\n');

  it('a “三公” table titled without 机关运行经费, 公务接待费 last', () => {
    const start = lines.findIndex((line) => line.includes('“三公”经费和机关运行经费预算表')) + 1;
    const variant = replaceLines(text, start, start + 12, [
      '                    2023年部门“三公”经费预算表',
      '编制部门：上海市普陀区财政局                                                  单位:万元',
      '',
      '                                       公务用车购置及运行费',
      '   合计          因公出国(境)费                                          公务接待费',
      '                                     小计      购置费       运行费',
      '',
      '        0.95                                                              0.95',
      ''
    ]);
    const t10 = table(read(variant, SHANGHAI9), 't10');
    expect(t10.titleAsPrinted).toBe('2023年部门“三公”经费预算表');
    expect(items(t10)).toEqual({ sangong_total: w('0.95'), outbound: 0, vehicle_total: 0, vehicle_purchase: 0, vehicle_operation: 0, reception: w('0.95') });
  });

  it('a title that carries the unit and wraps onto a second line', () => {
    const at = lines.findIndex((line) => line.includes('2025年部门一般公共预算基本支出部门预算经济分类预算表'));
    const variant = replaceLines(text, at + 1, at + 1, ['        上海市普陀区财政局2025年部门一般公共预算基本支出', '                        部门预算经济分类预算表']);
    const t6 = table(read(variant, SHANGHAI9), 't6');
    expect(t6.status).toBe('present');
    expect(t6.rows.find((r) => r.classification === 'total')!.values).toEqual({ total: 2_512_109_100, personnel: 2_282_675_600, public: 229_433_500 });
  });
});
