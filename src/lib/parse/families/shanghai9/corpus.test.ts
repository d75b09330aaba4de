/** Pins the Shanghai corpus documents 01–03 (layout text; the PDF twin when extractPdf exists). */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extract/text';
import { parseAmount } from '../../../model/amount';
import type { ParsedTable, TableId, TableRow } from '../../../model/disclosure';
import { identifyFamily, readFamilyTables } from '../../grid/family';
import { SHANGHAI9 } from './spec';

const CORPUS = existsSync('tests/corpus/text') ? 'tests/corpus' : '/work/shared/corpus';
const DOCS = {
  '01': '01_sh_putuo_finance_bureau_2025_dept_budget',
  '02': '02_sh_putuo_justice_bureau_2026_dept_budget',
  '03': '03_sh_putuo_justice_bureau_2026_unit_budget'
} as const;

function parse(doc: keyof typeof DOCS) {
  const result = extractText(`${DOCS[doc]}.txt`, readFileSync(`${CORPUS}/text/${DOCS[doc]}.txt`));
  if (!result.ok) throw new Error(result.error.message);
  return { document: result.document, ...readFamilyTables(result.document, SHANGHAI9) };
}

const yuan = (text: string) => parseAmount(text, '元');
const wan = (text: string) => parseAmount(text, '万元');
const table = (tables: ParsedTable[], id: TableId) => tables.find((t) => t.id === id)!;
const totalRow = (t: ParsedTable, code = null as string | null): TableRow => t.rows.find((r) => r.classification === 'total' && r.code === code)!;

const parsed = { '01': parse('01'), '02': parse('02'), '03': parse('03') };

describe('shanghai9 on the corpus text', () => {
  it.each(Object.keys(DOCS) as (keyof typeof DOCS)[])('%s is recognised and reads every table without an issue', (doc) => {
    const { document, tables, issues } = parsed[doc];
    expect(identifyFamily(document, SHANGHAI9)).toBeGreaterThan(0.8);
    expect(issues).toEqual([]);
    expect(tables.map((t) => [t.id, t.status, t.unitOfMeasure])).toEqual([
      ['t1', 'present', '元'], ['t2', 'present', '元'], ['t3', 'present', '元'], ['t4', 'present', '元'], ['t5', 'present', '元'],
      ['t8', 'declared_empty', '元'], ['t9', 'declared_empty', '元'], ['t6', 'present', '元'], ['t10', 'present', '万元']
    ]);
    for (const t of tables) for (const row of t.rows) expect(row.unplaced, `${doc} ${t.id} line ${row.source.line}`).toBeUndefined();
  });

  it.each([
    ['01', '31,214,205.80', '25,121,091.00', '6,093,114.80', '22,826,756.00', '2,294,335.00'],
    ['02', '96,282,213.44', '25,741,666.44', '70,540,547.00', '23,563,342.00', '2,178,324.44'],
    ['03', '86,959,408.34', '22,118,861', '64,840,547.00', '20,272,981.00', '1,845,880.34']
  ] as const)('%s totals: income = expenditure, basic, project, personnel, public', (doc, total, basic, project, personnel, publicFunds) => {
    const { tables } = parsed[doc];
    const t1 = table(tables, 't1');
    expect(t1.rows.find((r) => r.code === 'income_total')!.values.total).toBe(yuan(total));
    expect(t1.rows.find((r) => r.code === 'expenditure_total')!.values.total).toBe(yuan(total));
    expect(t1.rows.find((r) => r.code === 'general_budget')!.values.total).toBe(yuan(total));
    expect(totalRow(table(tables, 't2')).values).toMatchObject({ total: yuan(total), appropriation: yuan(total), business_income: 0, operating_income: 0, other_income: 0 });
    expect(totalRow(table(tables, 't3')).values).toEqual({ total: yuan(total), basic: yuan(basic), project: yuan(project) });
    expect(totalRow(table(tables, 't5')).values).toEqual({ total: yuan(total), basic: yuan(basic), project: yuan(project) });
    expect(table(tables, 't4').rows.find((r) => r.code === 'expenditure_total')!.values).toMatchObject({ total: yuan(total), general_budget: yuan(total) });
    const t6 = totalRow(table(tables, 't6')).values;
    expect(t6.personnel).toBe(yuan(personnel));
    expect(t6.public).toBe(yuan(publicFunds));
  });

  it('converts 元 to 分 exactly (3,121.42058 万元 in 01)', () => {
    expect(totalRow(table(parsed['01'].tables, 't3')).values.total).toBe(3_121_420_580);
  });

  it.each([
    ['01', { total: '0.95', outbound: '0', reception: '0.95', vehicle_total: '0', vehicle_purchase: '0', vehicle_operation: '0', operating_costs: '229.43' }],
    ['02', { total: '10.81', outbound: '0', reception: '0.83', vehicle_total: '9.98', vehicle_purchase: '0', vehicle_operation: '9.98', operating_costs: '217.83' }],
    ['03', { total: '10.71', outbound: '0', reception: '0.73', vehicle_total: '9.98', vehicle_purchase: '0', vehicle_operation: '9.98', operating_costs: '184.59' }]
  ] as const)('%s 三公 and 机关运行经费 (万元; blank cells are zero, placed by x-position)', (doc, expected) => {
    // One canonical row per item (the table prints one row with a column per item).
    const t10 = table(parsed[doc].tables, 't10');
    const byItem = Object.fromEntries(t10.rows.map((row) => [row.code === 'sangong_total' ? 'total' : row.code, row.values.total]));
    expect(byItem).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, wan(v)])));
    expect(t10.rows.filter((row) => row.code !== 'operating_costs').every((row) => row.classification === 'sangong')).toBe(true);
  });

  it.each([
    ['01', 't8', '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。', 308],
    ['01', 't9', '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。', 322], // the wrong note, as printed
    ['02', 't8', '注:本部门2026年无政府性基金预算财政拨款安排的预算，故本表为空表。', 287],
    ['02', 't9', '注:本部门2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。', 301],
    ['03', 't9', '注:本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。', 264]
  ] as const)('%s %s is declared empty with its note', (doc, id, note, line) => {
    const t = table(parsed[doc].tables, id);
    expect(t.rows).toEqual([]);
    expect(t.emptyNote).toMatchObject({ text: note, line });
  });

  it("03's wrong 行政运行 row keeps the printed figures, placed by position", () => {
    for (const id of ['t3', 't5'] as const) {
      const row = table(parsed['03'].tables, id).rows.find((r) => r.code === '2040601')!;
      expect(row).toMatchObject({ name: '行政运行', level: 3 });
      expect(row.values).toEqual({ total: yuan('14,348,853.34'), basic: yuan('14,348,853.34'), project: yuan('64,840,547.00') });
    }
    const purchase = table(parsed['03'].tables, 't3').rows.find((r) => r.code === '2210203')!;
    expect(purchase.values).toEqual({ total: yuan('2,070,000.00'), basic: yuan('2,070,000.00'), project: 0 });
  });

  it("03's 单位 summary has 人员经费/公用经费/项目支出 columns with integer cells", () => {
    const t1 = table(parsed['03'].tables, 't1');
    expect(t1.columns).toEqual(['total', 'personnel', 'public', 'project']);
    expect(t1.rows.find((r) => r.code === '204')!.values).toEqual({ total: yuan('79,189,400.34'), personnel: yuan('12,604,173'), public: yuan('1,744,680'), project: yuan('64,840,547') });
    expect(t1.rows.find((r) => r.code === 'expenditure_total')!.values).toEqual({ total: yuan('86,959,408.34'), personnel: yuan('20,374,181'), public: yuan('1,744,680'), project: yuan('64,840,547') });
    expect(t1.rows.find((r) => r.code === '208')!).toMatchObject({ side: 'expenditure', classification: 'function', name: '社会保障和就业支出', level: 1 });
  });

  it("01's summary: function classes get their codes, blank income cells are zero", () => {
    const t1 = table(parsed['01'].tables, 't1');
    expect(t1.rows.map((r) => [r.side, r.code, r.values.total])).toEqual([
      ['income', 'appropriation', yuan('31,214,205.80')],
      ['income', 'general_budget', yuan('31,214,205.80')],
      ['income', 'gov_fund', 0],
      ['income', 'state_capital', 0],
      ['income', 'business_income', 0], ['income', 'operating_income', 0], ['income', 'other_income', 0],
      ['income', 'income_total', yuan('31,214,205.80')],
      ['expenditure', '201', yuan('22,186,440.80')],
      ['expenditure', '208', yuan('3,508,644.00')],
      ['expenditure', '210', yuan('782,164.00')],
      ['expenditure', '221', yuan('4,736,957.00')],
      ['expenditure', 'expenditure_total', yuan('31,214,205.80')]
    ]);
  });

  it("02's 经济分类 table, whole, including the headerless shifted continuation page (p. 20)", () => {
    const t6 = table(parsed['02'].tables, 't6');
    const rows = t6.rows.map((r) => [r.source.line, r.code, r.name, r.values.total, r.values.personnel, r.values.public]);
    const y = (t: string) => yuan(t);
    expect(rows).toEqual([
      [309, '301', '工资福利支出', y('23084662.00'), y('23084662.00'), 0],
      [311, '30101', '基本工资', y('2892504.00'), y('2892504.00'), 0],
      [312, '30102', '津贴补贴', y('12971818.00'), y('12971818.00'), 0],
      [313, '30108', '机关事业单位基本养老保险缴费', y('1839485.00'), y('1839485.00'), 0],
      [314, '30109', '职业年金缴费', y('919739.00'), y('919739.00'), 0],
      [315, '30110', '职工基本医疗保险缴费', y('1149678.00'), y('1149678.00'), 0],
      [316, '30112', '其他社会保障缴费', y('29881.00'), y('29881.00'), 0],
      [317, '30113', '住房公积金', y('2087959.00'), y('2087959.00'), 0],
      [318, '30199', '其他工资福利支出', y('1193598.00'), y('1193598.00'), 0],
      [319, '302', '商品和服务支出', y('2141724.44'), 0, y('2141724.44')],
      [320, '30201', '办公费', y('120000.00'), 0, y('120000.00')],
      [321, '30202', '印刷费', y('30000.00'), 0, y('30000.00')],
      [323, '30204', '手续费', y('760.00'), 0, y('760.00')],
      [324, '30207', '邮电费', y('130000.00'), 0, y('130000.00')],
      [325, '30211', '差旅费', y('95000.00'), 0, y('95000.00')],
      [326, '30213', '维修(护)费', y('45000.00'), 0, y('45000.00')],
      [327, '30215', '会议费', y('5000.00'), 0, y('5000.00')],
      [328, '30216', '培训费', y('16000.00'), 0, y('16000.00')],
      [329, '30217', '公务接待费', y('8265.00'), 0, y('8265.00')],
      [330, '30226', '劳务费', y('40000.00'), 0, y('40000.00')],
      [331, '30227', '委托业务费', y('91260.00'), 0, y('91260.00')],
      [332, '30228', '工会经费', y('265974.44'), 0, y('265974.44')],
      [333, '30231', '公务用车运行维护费', y('99750.00'), 0, y('99750.00')],
      [334, '30239', '其他交通费用', y('495280.00'), 0, y('495280.00')],
      [335, '30299', '其他商品和服务支出', y('699435.00'), 0, y('699435.00')],
      [336, '303', '对个人和家庭的补助', y('478680.00'), y('478680.00'), 0],
      [337, '30302', '退休费', y('478680.00'), y('478680.00'), 0],
      [338, '310', '资本性支出', y('36600.00'), 0, y('36600.00')],
      [339, '31002', '办公设备购置', y('36600.00'), 0, y('36600.00')],
      [340, null, '合计', y('25741666.44'), y('23563342.00'), y('2178324.44')]
    ]);
    expect(t6.rows.filter((r) => r.code?.length === 5).every((r) => r.level === 2 && r.classification === 'economic')).toBe(true);
    expect(t6.rows.find((r) => r.code === '30207')!.source).toMatchObject({ page: 20, line: 324 });
  });

  it("01's tables repeat their header on continuation pages and keep every row", () => {
    const t2 = table(parsed['01'].tables, 't2');
    expect(t2.rows.map((r) => r.code)).toEqual([
      '201', '20106', '2010601', '2010602', '2010607', '2010608', '208', '20805', '2080501', '2080505', '2080506', '2080599',
      '210', '21011', '2101101', '221', '22102', '2210201', '2210203', null
    ]);
    expect(t2.rows.find((r) => r.code === '2080599')!.values).toEqual({ total: yuan('9,620.00'), appropriation: yuan('9,620.00'), business_income: 0, operating_income: 0, other_income: 0 });
  });
});
