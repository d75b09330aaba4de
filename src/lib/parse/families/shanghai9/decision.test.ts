/**
 * No real Shanghai 决算 is in the corpus: this document is synthesized from the layout issue 4
 * describes (balance columns, 三公 预算数/决算数 pairs, the interleaved 人员经费 | 公用经费 table),
 * written as pdftotext -layout text. Its figures are made up and add up.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extract/text';
import { parseAmount } from '../../../model/amount';
import { shanghai9Family } from './index';

/** A layout line: each cell starts at the given character column (one column per character). */
function row(...cells: [string, number][]): string {
  let out = '';
  for (const [text, column] of cells) out = out.padEnd(Math.max(column, out.length + (out ? 2 : 0)), ' ') + text;
  return out;
}

const TEXT = [
  '上海市某区2024年区级部门决算',
  '                 2024年部门一般公共预算财政拨款基本支出决算表',
  row(['编制部门：上海市某区某局', 0], ['单位：元', 88]),
  row(['人员经费', 20], ['公用经费', 75]),
  row(['科目编码', 2], ['科目名称', 14], ['决算数', 36], ['科目编码', 56], ['科目名称', 68], ['决算数', 90]),
  row(['301', 2], ['工资福利支出', 14], ['1,200.00', 33], ['302', 56], ['商品和服务支出', 68], ['300.00', 90]),
  row(['30101', 2], ['基本工资', 14], ['700.00', 35], ['30201', 56], ['办公费', 68], ['100.00', 90]),
  row(['30102', 2], ['津贴补贴', 14], ['500.00', 35], ['30211', 56], ['差旅费', 68], ['200.00', 90]),
  row(['303', 2], ['对个人和家庭的补助', 14], ['50.00', 36]),
  row(['30302', 2], ['退休费', 14], ['50.00', 36], ['310', 56], ['资本性支出', 68], ['20.00', 91]),
  row(['人员经费合计', 10], ['1,250.00', 33], ['公用经费合计', 64], ['320.00', 90]),
  '\f                 2024年部门政府性基金预算财政拨款收入支出决算表',
  row(['编制部门：上海市某区某局', 0], ['单位：元', 88]),
  row(['项目', 10], ['本年支出', 62]),
  row(['功能分类科目编码', 0], ['年初结转和结余', 26], ['本年收入', 42], ['小计', 56], ['基本支出', 64], ['项目支出', 74], ['年末结转和结余', 86]),
  row(['类', 0], ['款', 6], ['项', 11]),
  row(['212', 0], ['城乡社区支出', 16], ['10.00', 30], ['150.00', 40], ['140.00', 53], ['0.00', 64], ['140.00', 73], ['20.00', 88]),
  row(['212', 0], ['08', 6], ['城市建设', 16], ['10.00', 30], ['100.00', 40], ['90.00', 54], ['90.00', 74], ['20.00', 88]),
  row(['212', 0], ['08', 6], ['99', 11], ['其他支出', 16], ['50.00', 41], ['50.00', 54], ['50.00', 74]),
  row(['合计', 16], ['10.00', 30], ['150.00', 40], ['140.00', 53], ['0.00', 64], ['140.00', 73], ['20.00', 88]),
  '\f                 2024年部门“三公”经费决算表',
  row(['编制部门：上海市某区某局', 0], ['单位：万元', 96]),
  row(['合计', 6], ['因公出国(境)费', 25], ['公务用车购置及运行费', 55], ['公务接待费', 96]),
  row(['小计', 44], ['购置费', 58], ['运行费', 72]),
  row(['预算数', 2], ['决算数', 10], ['预算数', 24], ['决算数', 32], ['预算数', 40], ['决算数', 48], ['预算数', 56], ['决算数', 64], ['预算数', 70], ['决算数', 78], ['预算数', 94], ['决算数', 102]),
  row(['12.00', 3], ['10.50', 11], ['2.00', 26], ['6.00', 42], ['5.50', 50], ['0.00', 58], ['0.00', 66], ['6.00', 72], ['5.50', 80], ['4.00', 96], ['5.00', 104]),
  ''
].join('\n');

const yuan = (text: string) => parseAmount(text, '元');
const wan = (text: string) => parseAmount(text, '万元');

describe('shanghai9 on a synthesized 决算', () => {
  const extracted = extractText('synthetic_decision.txt', new TextEncoder().encode(TEXT));
  if (!extracted.ok) throw new Error(extracted.error.message);
  const { tables, issues } = shanghai9Family.parseTables(extracted.document);
  const byId = (id: string) => tables.find((t) => t.id === id)!;

  it('finds the 决算 tables and reads them without an issue', () => {
    expect(extracted.document.format).toBe('layout-text');
    expect(issues).toEqual([]);
    expect(tables.map((t) => [t.id, t.status, t.unitOfMeasure])).toEqual([
      ['t5', 'missing', '元'], ['t6', 'present', '元'], ['t8', 'present', '元'], ['t10', 'present', '万元']
    ]);
  });

  it('splits the interleaved 人员经费 | 公用经费 halves into economic rows', () => {
    const rows = byId('t6').rows.map((r) => [r.code, r.name, r.values]);
    expect(rows).toEqual([
      ['301', '工资福利支出', { personnel: yuan('1,200.00') }], ['302', '商品和服务支出', { public: yuan('300.00') }],
      ['30101', '基本工资', { personnel: yuan('700.00') }], ['30201', '办公费', { public: yuan('100.00') }],
      ['30102', '津贴补贴', { personnel: yuan('500.00') }], ['30211', '差旅费', { public: yuan('200.00') }],
      ['303', '对个人和家庭的补助', { personnel: yuan('50.00') }],
      ['30302', '退休费', { personnel: yuan('50.00') }], ['310', '资本性支出', { public: yuan('20.00') }],
      [null, '人员经费合计', { personnel: yuan('1,250.00') }], [null, '公用经费合计', { public: yuan('320.00') }]
    ]);
  });

  it('reads 年初结转和结余 / 本年收入 / 本年支出 / 年末结转和结余, blanks as zero', () => {
    const rows = byId('t8').rows;
    expect(rows.map((r) => r.code)).toEqual(['212', '21208', '2120899', null]);
    expect(rows[2].values).toEqual({ carryover: 0, current_income: yuan('50.00'), total: yuan('50.00'), basic: 0, project: yuan('50.00'), closing_carryover: 0 });
    expect(rows[3].values).toEqual({ carryover: yuan('10.00'), current_income: yuan('150.00'), total: yuan('140.00'), basic: 0, project: yuan('140.00'), closing_carryover: yuan('20.00') });
  });

  it('reads 三公 as 预算数/决算数 pairs, a blank 决算数 as zero', () => {
    expect(byId('t10').rows[0].values).toEqual({
      budget_total: wan('12.00'), total: wan('10.50'),
      budget_outbound: wan('2.00'), outbound: 0,
      budget_vehicle_total: wan('6.00'), vehicle_total: wan('5.50'),
      budget_vehicle_purchase: 0, vehicle_purchase: 0,
      budget_vehicle_operation: wan('6.00'), vehicle_operation: wan('5.50'),
      budget_reception: wan('4.00'), reception: wan('5.00')
    });
  });
});
