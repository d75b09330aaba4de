/** Pins the Jiangsu corpus documents 04, 05 (two parts, joined) and 06 read from layout text. */
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../model/amount';
import type { ParsedTable, TableId } from '../../../model/disclosure';
import { PERSONNEL_ECONOMIC_CLASSES } from '../../../model/vocabulary';
import { identifyFamily, readFamilyTables } from '../../grid/family';
import { textDocument, type JiangsuDoc } from './corpus.testkit';
import { JIANGSU12 } from './spec';

const w = (text: string) => parseAmount(text, '万元');

interface Pin {
  doc: JiangsuDoc;
  total: string;
  generalBudget: string;
  unitFunds: string;
  basic: string;
  project: string;
  reserve: string;
  appropriationBasic: string;
  sangong: [string, string, string, string, string, string, string]; // grand, 三公, 出国, 车运行, 接待, 会议, 培训
  operating: string;
  procurement: string;
  labels: string[];
  emptyNote: string | undefined;
}

const PINS: Pin[] = [
  {
    doc: '04', total: '21,955.35', generalBudget: '21,940.96', unitFunds: '14.39',
    basic: '13,994.31', project: '5,573.00', reserve: '2,388.04', appropriationBasic: '13,979.92',
    sangong: ['1,384.74', '484.30', '100.00', '267.80', '116.50', '200.44', '700.00'],
    operating: '2,722.57', procurement: '3,096.24',
    labels: ['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表', '公开10表', '公开11表', '公开12表'],
    emptyNote: '此表为空'
  },
  {
    doc: '05', total: '9,146.79', generalBudget: '9,066.79', unitFunds: '80.00',
    basic: '5,916.27', project: '3,123.68', reserve: '106.84', appropriationBasic: '5,836.27',
    sangong: ['1,852.32', '676.10', '76.00', '156.60', '443.50', '1,094.62', '81.60'],
    operating: '3,348.98', procurement: '1,271.22',
    labels: ['表一', '表二', '表三', '表四', '表五', '表六', '表八', '表九', '表十一', '表七', '表十', '表十二'],
    emptyNote: '注：我单位无2017年政府性基金支出安排。'
  },
  {
    doc: '06', total: '28,849.38', generalBudget: '28,849.38', unitFunds: '0.00',
    basic: '17,123.19', project: '11,543.27', reserve: '182.92', appropriationBasic: '17,123.19',
    sangong: ['2,599.37', '670.12', '180.00', '304.40', '185.72', '228.00', '1,701.25'],
    operating: '9,193.40', procurement: '3,742.40',
    labels: ['一', '二', '三', '四', '五', '六', '八', '九', '十一', '七', '十', '十二'],
    emptyNote: undefined
  }
];

const table = (tables: ParsedTable[], id: TableId) => tables.find((t) => t.id === id)!;

describe.each(PINS)('jiangsu12 on corpus text $doc', (pin) => {
  const document = textDocument(pin.doc);
  const { tables, issues } = readFamilyTables(document, JIANGSU12);

  it('is recognised as the family', () => {
    expect(identifyFamily(document, JIANGSU12)).toBeGreaterThan(0.9);
  });

  it('finds all twelve tables with their printed labels; only 政府性基金 is empty', () => {
    expect(tables.map((t) => t.familyTableId)).toEqual(pin.labels);
    // 06 prints its empty 政府性基金 table with a blank 合计 and no note: a stated zero, not a declaration.
    expect(tables.map((t) => t.status)).toEqual(tables.map((t) => (t.id === 't8' && pin.emptyNote ? 'declared_empty' : 'present')));
    expect(tables.every((t) => t.unitOfMeasure === '万元')).toBe(true);
    expect(table(tables, 't8').emptyNote?.text.trim()).toBe(pin.emptyNote);
    if (!pin.emptyNote) expect(table(tables, 't8').rows.map((r) => [r.classification, r.values.total])).toEqual([['total', 0]]);
  });

  it('收支预算总表: income = expenditure, sources and uses', () => {
    const t1 = table(tables, 't1');
    const byCode = (code: string) => t1.rows.find((r) => r.code === code)!;
    expect(byCode('income_total').values.total).toBe(w(pin.total));
    expect(byCode('expenditure_total').values.total).toBe(w(pin.total));
    expect(byCode('general_budget').values.total).toBe(w(pin.generalBudget));
    expect(byCode('unit_funds').values.total).toBe(w(pin.unitFunds));
    expect(byCode('basic').values.total).toBe(w(pin.basic));
    expect(byCode('project').values.total).toBe(w(pin.project));
    expect(byCode('reserve').values.total).toBe(w(pin.reserve));
    // All twenty function classes are printed, empty ones as zero, and they add up.
    const classes = t1.rows.filter((r) => r.classification === 'function');
    expect(classes).toHaveLength(20);
    expect(classes.every((r) => r.code !== null)).toBe(true);
    expect(classes.reduce((s, r) => s + r.values.total!, 0)).toBe(w(pin.total));
    expect(t1.rows.some((r) => r.unplaced)).toBe(false);
  });

  it('收入/支出预算总表 and the 财政拨款-only basic', () => {
    const t2 = table(tables, 't2').rows[0]!;
    expect(t2.values).toMatchObject({ total: w(pin.total), general_budget: w(pin.generalBudget), unit_funds: w(pin.unitFunds) });
    expect(table(tables, 't3').rows[0]!.values).toEqual({
      total: w(pin.total), basic: w(pin.basic), project: w(pin.project), reserve: w(pin.reserve), closing_carryover: 0
    });
    expect(table(tables, 't4').rows.find((r) => r.code === 'basic')!.values.total).toBe(w(pin.appropriationBasic));
    for (const id of ['appropriation_basic', 't6'] as const) {
      expect(table(tables, id).rows[0]!.values.total).toBe(w(pin.appropriationBasic));
    }
  });

  it('三公、会议费、培训费: eight figures in nine columns, 购置费 blank', () => {
    const [grand, total, outbound, operation, reception, meeting, training] = pin.sangong.map(w);
    // One canonical row per item.
    const byItem = Object.fromEntries(table(tables, 't10').rows.map((r) => [r.code, r.values.total]));
    expect(byItem).toEqual({
      all_total: grand, sangong_total: total, outbound, vehicle_total: operation, vehicle_purchase: 0,
      vehicle_operation: operation, reception, meeting, training
    });
  });

  it('机关运行经费 and 政府采购 totals', () => {
    expect(table(tables, 'operating_costs').rows[0]!.values.total).toBe(w(pin.operating));
    const procurement = table(tables, 'procurement').rows;
    expect(procurement[0]).toMatchObject({ level: 0, values: { total: w(pin.procurement) } });
    const categories = procurement.filter((r) => r.level === 1);
    expect(categories.reduce((s, r) => s + r.values.total!, 0)).toBe(w(pin.procurement));
  });

  it('no figure is left unplaced', () => {
    expect(issues.filter((i) => i.code === 'figure-unplaced')).toEqual([]);
    expect(tables.flatMap((t) => t.rows).filter((r) => r.unplaced)).toEqual([]);
  });

  it('the economic classes of the 基本支出 table add up to the 财政拨款 basic', () => {
    const classes = table(tables, 't6').rows.filter((r) => r.classification === 'economic' && r.code!.length === 3);
    expect(classes.some((r) => PERSONNEL_ECONOMIC_CLASSES.has(r.code!))).toBe(true);
    expect(classes.reduce((sum, r) => sum + r.values.total!, 0)).toBe(w(pin.appropriationBasic));
  });
});

/** 政府采购: wrapped name cells read column by column, top to bottom ([level, name, 万元]). */
const PROCUREMENT_NAMES: Record<JiangsuDoc, [number, string, string][]> = {
  '04': [
    [2, '网络、电子检务、实验室、机要通道、档案数字化系统运行维护费 / 信息网络及软件购置更新', '60.00'],
    [3, 'PC服务器 / 部门集中采购', '40.00'],
    [3, '政法、检测专用设备 / 分散自行组织', '20.00'],
    [2, '办公、办案设备更新购置费 / 办公设备购置', '146.00'],
    [3, '便携式计算机（20万以下） / 分散自行组织', '16.00'],
    [3, '空调机（总预算20万以下） / 分散自行组织', '7.40'],
    [3, '其他电信和信息传输服务 / 分散自行组织', '90.00'],
    [3, '空调、电梯维修和保养服务 / 分散自行组织', '50.00']
  ],
  '05': [
    [2, '办公设备购置费 / 办公设备购置', '95.00'],
    [3, '其他计算机设备及软件 / 分散自行组织', '28.00'],
    [2, '省政协全委会 / 会议费', '714.80'],
    [3, '交通运输和仓储服务 / 分散自行组织', '80.00']
  ],
  '06': [
    [2, '信息网络建设维护费 / 信息网络及软件购置更新', '274.00'],
    [3, '其他计算机设备及软件 / 政府集中采购', '250.00'],
    [3, '炼焦产品、炼油产品 / 分散自行组织', '100.00'],
    [3, '计算机设备维修和保养服务 / 分散自行组织', '50.00']
  ]
};

describe.each(Object.keys(PROCUREMENT_NAMES) as JiangsuDoc[])('政府采购 names on corpus text %s', (doc) => {
  it('joins wrapped fragments per column', () => {
    const rows = table(readFamilyTables(textDocument(doc), JIANGSU12).tables, 'procurement').rows;
    const named = rows.map((r) => [r.level, r.name, r.values.total]);
    for (const [level, name, amount] of PROCUREMENT_NAMES[doc]) expect(named).toContainEqual([level, name, w(amount)]);
  });
});

const rowsOf = (t: ParsedTable) => t.rows.map((r) => [r.code, r.name, r.level, r.values.total]);

describe('one whole function table per document (一般公共预算支出预算表)', () => {
  it('04 (with the unseparated 1895.00)', () => {
    expect(rowsOf(table(readFamilyTables(textDocument('04'), JIANGSU12).tables, 't5'))).toEqual([
      [null, '合计', 0, w('21,940.96')],
      ['204', '公共安全支出', 1, w('16,444.36')],
      ['20404', '检察', 2, w('16,444.36')],
      ['2040401', '行政运行', 3, w('10,883.36')],
      ['2040402', '一般行政管理事务', 3, w('3,666.00')],
      ['2040405', '公诉、审判、侦查、执行等检察监督支出', 3, w('1,895.00')],
      ['208', '社会保障和就业支出', 1, w('1,836.22')],
      ['20805', '行政事业单位离退休', 2, w('1,836.22')],
      ['2080504', '未归口管理的行政单位离退休', 3, w('371.92')],
      ['2080505', '机关事业单位基本养老保险缴费支出', 3, w('1,045.93')],
      ['2080506', '机关事业单位职业年金缴费支出', 3, w('418.37')],
      ['221', '住房保障支出', 1, w('3,660.38')],
      ['22102', '住房改革支出', 2, w('3,660.38')],
      ['2210201', '住房公积金', 3, w('1,073.77')],
      ['2210202', '提租补贴', 3, w('2,586.61')]
    ]);
  });

  it('05', () => {
    expect(rowsOf(table(readFamilyTables(textDocument('05'), JIANGSU12).tables, 't5'))).toEqual([
      [null, '合计', 0, w('9,066.79')],
      ['201', '一般公共服务支出', 1, w('6,463.55')],
      ['20102', '政协事务', 2, w('6,463.55')],
      ['2010201', '行政运行', 3, w('3,233.03')],
      ['2010202', '一般行政管理事务', 3, w('1,577.82')],
      ['2010204', '政协会议', 3, w('1,027.90')],
      ['2010205', '委员视察', 3, w('429.30')],
      ['2010299', '其他政协事务支出', 3, w('195.50')],
      ['208', '社会保障和就业支出', 1, w('1,509.72')],
      ['20805', '行政事业单位离退休', 2, w('1,509.72')],
      ['2080504', '未归口管理的行政单位离退休', 3, w('1,509.72')],
      ['221', '住房保障支出', 1, w('1,093.52')],
      ['22102', '住房改革支出', 2, w('1,093.52')],
      ['2210201', '住房公积金', 3, w('341.75')],
      ['2210202', '提租补贴', 3, w('751.77')]
    ]);
  });

  it('06', () => {
    expect(rowsOf(table(readFamilyTables(textDocument('06'), JIANGSU12).tables, 't5'))).toEqual([
      [null, '合计', 0, w('28,849.38')],
      ['204', '公共安全支出', 1, w('23,513.11')],
      ['20405', '法院', 2, w('23,513.11')],
      ['2040501', '行政运行', 3, w('11,786.92')],
      ['2040502', '一般行政管理事务', 3, w('6,432.89')],
      ['2040503', '机关服务', 3, w('1,600.00')],
      ['2040504', '案件审判', 3, w('1,733.30')],
      ['2040505', '案件执行', 3, w('1,050.00')],
      ['2040599', '其他法院支出', 3, w('910.00')],
      ['208', '社会保障和就业支出', 1, w('2,347.13')],
      ['20805', '行政事业单位离退休', 2, w('2,347.13')],
      ['2080504', '未归口管理的行政单位离退休', 3, w('2,347.13')],
      ['221', '住房保障支出', 1, w('2,989.14')],
      ['22102', '住房改革支出', 2, w('2,989.14')],
      ['2210201', '住房公积金', 3, w('1,029.15')],
      ['2210202', '提租补贴', 3, w('1,959.99')]
    ]);
  });
});
