/**
 * No real Shanghai 决算 is in the corpus: this document is synthesized from the layout issue 4
 * describes (balance columns, 三公 预算数/决算数 pairs, the interleaved 人员经费 | 公用经费 table),
 * written as pdftotext -layout text. Its figures are made up and add up.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extract/text';
import { parseAmount } from '../../../model/amount';
import { shanghai9Family } from './index';
import { SYNTHETIC_DECISION_TEXT } from './synthetic-decision.fixture';

const TEXT = SYNTHETIC_DECISION_TEXT;

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
    expect(rows[2]?.values).toEqual({ carryover: 0, current_income: yuan('50.00'), total: yuan('50.00'), basic: 0, project: yuan('50.00'), closing_carryover: 0 });
    expect(rows[3]?.values).toEqual({ carryover: yuan('10.00'), current_income: yuan('150.00'), total: yuan('140.00'), basic: 0, project: yuan('140.00'), closing_carryover: yuan('20.00') });
  });

  it('reads 三公 as 预算数/决算数 pairs, a blank 决算数 as zero', () => {
    expect(byId('t10').rows[0]?.values).toEqual({
      budget_total: wan('12.00'), total: wan('10.50'),
      budget_outbound: wan('2.00'), outbound: 0,
      budget_vehicle_total: wan('6.00'), vehicle_total: wan('5.50'),
      budget_vehicle_purchase: 0, vehicle_purchase: 0,
      budget_vehicle_operation: wan('6.00'), vehicle_operation: wan('5.50'),
      budget_reception: wan('4.00'), reception: wan('5.00')
    });
  });
});
