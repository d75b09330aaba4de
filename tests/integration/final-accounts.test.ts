/**
 * A real 决算 (final accounts) through the whole pipeline: corpus 09, 上海市普陀区财政局 2024 部门决算,
 * read from its pdftotext -layout text and from the PDF. Its stated row is the actuals, the 三公
 * 预算数 half is kept as its own measure, and its real inconsistencies (tests/corpus/README.md) come
 * out as findings while nothing else is an error. The blank 决算 template (10) states nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestGroup } from '../../src/cli/ingest';
import { formatWanyuanExact } from '../../src/lib/model/amount';
import { normalise } from '../../src/lib/normalise';
import type { Dataset } from '../../src/lib/normalise/rows';

const corpus = join(__dirname, '..', 'corpus');
const wan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : formatWanyuanExact(fen));

async function dataset(format: 'text' | 'pdf', name: string): Promise<Dataset> {
  const result = await ingestGroup([join(corpus, format, `${name}.${format === 'text' ? 'txt' : 'pdf'}`)]);
  if (!result.ok) throw new Error(result.message);
  return normalise([result.document]);
}

describe.each(['text', 'pdf'] as const)('the real 决算 (09) from %s', (format) => {
  let data: Dataset;
  beforeAll(async () => {
    data = await dataset(format, '09_sh_putuo_finance_bureau_2024_dept_final');
  }, 60_000);

  it('reads every 决算 table, the empty ones as declared empty', () => {
    expect(data.tables.map((table) => [table.table, table.status])).toEqual([
      ['t1', 'present'], ['t2', 'present'], ['t3', 'present'], ['t4', 'present'], ['t5', 'present'],
      ['t6', 'present'], ['t10', 'present'], ['t8', 'declared_empty'], ['t9', 'declared_empty']
    ]);
  });

  it('keeps the 三公 预算数 beside each 决算数 (a blank 决算数 is a stated zero)', () => {
    const t10 = data.lines.filter((line) => line.table === 't10').map((line) => `${line.code} ${line.measure} ${wan(line.amount)}`);
    expect(t10).toEqual(expect.arrayContaining([
      'sangong_total total 0.00', 'sangong_total budget 0.95', 'reception total 0.00', 'reception budget 0.95',
      'outbound total 0.00', 'outbound budget 0.00', 'vehicle_total total 0.00'
    ]));
  });

  it('the 基本支出 table printed in two halves gives one 人员经费 / 公用经费 total', () => {
    const totals = data.lines.filter((line) => line.table === 't6' && line.classification === 'total').map((line) => [line.measure, wan(line.amount)]);
    expect(totals).toEqual([['personnel', '2152.26'], ['public', '184.65']]);
    const classes = data.lines.filter((line) => line.table === 't6' && line.level === 1).map((line) => [line.code, wan(line.amount)]);
    expect(classes).toEqual([['301', '2082.85'], ['303', '69.41'], ['302', '171.07'], ['310', '13.58']]);
  });

  it('names its real inconsistencies, and nothing else is an error', () => {
    const found = data.findings.map((finding) => `${finding.severity} ${finding.rule_id} ${finding.expected} → ${finding.actual}`);
    expect(found).toEqual(expect.arrayContaining([
      // 财政拨款收入支出总计 stated as 0.3 万元 (the table: 2,940.05 this year, 2,961.68 with 结转).
      'error narrative-totals 2940.05 → 0.30',
      // 一般公共服务支出 2,106.66 "占71.73%": 2,106.66 / 2,940.05 = 71.65%.
      'warning narrative-share 71.65% → 71.73%',
      // 社会保障和就业支出 326.71 in the 收入支出决算总表 and 财政拨款收入支出决算总表, 326.72 elsewhere.
      'info t1-vs-t3-functions 326.71 → 326.72',
      'info t4-vs-t5 326.71 → 326.72',
      // The 收入决算表's classes add up to 2,946.26 against its 合计 2,946.25.
      'info function-table-total 2946.26 → 2946.25',
      // 政府采购 251.25 against 4.79 + 0 + 246.47 = 251.26.
      'info procurement-parts 251.26 → 251.25'
    ]));
    expect(data.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule_id)).toEqual(['narrative-totals']);
  });
});

describe('a 决算 “三公” table with every cell printed (09 with its one row filled in)', () => {
  it('gives each item its 预算数 and 决算数', async () => {
    const name = '09_sh_putuo_finance_bureau_2024_dept_final';
    // The row under 预算数 决算数 × 6, right-aligned under each word (合计, 出国, 小计, 购置费 blank, 运行费, 接待费).
    const row = ' 12.00  10.50  4.00  3.00  5.00   4.50               5.00  4.50  3.00     3.00';
    const text = readFileSync(join(corpus, 'text', `${name}.txt`), 'utf8').replace(/^ {2}0\.95 +0\.95$/m, row);
    expect(text).toContain(row);
    const path = join(mkdtempSync(join(tmpdir(), 'final-')), `${name}.txt`);
    writeFileSync(path, text);
    const result = await ingestGroup([path]);
    if (!result.ok) throw new Error(result.message);
    const data = normalise([result.document]);
    const t10 = data.lines.filter((line) => line.table === 't10' && line.basis === 'stated').map((line) => `${line.code} ${line.measure} ${wan(line.amount)}`);
    expect(t10.sort()).toEqual([
      'outbound budget 4.00', 'outbound total 3.00', 'reception budget 3.00', 'reception total 3.00',
      'sangong_total budget 12.00', 'sangong_total total 10.50', 'vehicle_operation budget 5.00', 'vehicle_operation total 4.50',
      'vehicle_purchase budget 0.00', 'vehicle_purchase total 0.00', 'vehicle_total budget 5.00', 'vehicle_total total 4.50'
    ]);
    expect(data.tables.find((table) => table.table === 't10')?.quality).toBe('reconciled');
  });
});

describe('the blank 决算 template (10)', () => {
  it('is read as a 决算 of no unit, with no figure at all', async () => {
    const data = await dataset('text', '10_sh_dept_final_accounts_template_2024');
    expect(data.units.map((unit) => [unit.unit_name, unit.year, unit.doc_kind])).toEqual([['', 2024, '决算']]);
    expect(data.lines).toEqual([]);
    expect(data.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

/**
 * A Jiangsu-style 决算, synthesised (tests/fixtures/README.md): the corpus has no Jiangsu 决算, so
 * this checks that the second family's own 决算 set is read by the same machinery — 公开NN表
 * numbering, 预算数 / 决算数 printed once over a band of “三公” items, a two-sided 基本支出 table
 * headed 人员经费 | 公用经费, and carry-overs of the 财政拨款 funds.
 */
describe('a Jiangsu-style 决算 (synthesised)', () => {
  const fixture = join(__dirname, '..', 'fixtures', 'jiangsu-final-synthetic.txt');

  async function read(path: string): Promise<Dataset> {
    const result = await ingestGroup([path]);
    if (!result.ok) throw new Error(result.message);
    return normalise([result.document]);
  }

  it('reads every table with certainty and gives the whole stated row', async () => {
    const data = await read(fixture);
    expect(data.units.map((unit) => [unit.unit_name, unit.province, unit.year, unit.doc_kind])).toEqual([['江苏省示范厅', '江苏省', 2019, '决算']]);
    expect(data.tables.map((table) => [table.table, table.status, table.quality])).toEqual([
      ['t1', 'present', 'reconciled'], ['t2', 'present', 'reconciled'], ['t3', 'present', 'reconciled'], ['t4', 'present', 'reconciled'],
      ['t5', 'present', 'reconciled'], ['t6', 'present', 'reconciled'], ['t10', 'present', 'reconciled'],
      ['t8', 'declared_empty', null], ['t9', 'declared_empty', null]
    ]);
    const stated = data.unit_summary.find((row) => row.basis === 'stated')!;
    const amounts = Object.fromEntries(
      (['income_total', 'appropriation', 'general_budget', 'gov_fund', 'state_capital', 'carryover', 'expenditure_total', 'basic', 'project', 'personnel',
        'public_funds', 'sangong_total', 'sangong_outbound', 'sangong_reception', 'sangong_vehicle_total', 'sangong_vehicle_purchase',
        'sangong_vehicle_operation', 'operating_costs', 'procurement_total'] as const).map((key) => [key, wan(stated[key])])
    );
    expect(amounts).toEqual({
      income_total: '1250.00', appropriation: '1200.00', general_budget: '1200.00', gov_fund: '0.00', state_capital: '0.00', carryover: '30.00',
      expenditure_total: '1250.00', basic: '1000.00', project: '210.00', personnel: '880.00', public_funds: '120.00',
      sangong_total: '20.00', sangong_outbound: '0.00', sangong_reception: '5.00', sangong_vehicle_total: '15.00', sangong_vehicle_purchase: '0.00',
      sangong_vehicle_operation: '15.00', operating_costs: '120.00', procurement_total: null
    });
    const prior = data.unit_summary.find((row) => row.basis === 'prior')!;
    expect([prior.year, wan(prior.income_total), wan(prior.expenditure_total)]).toEqual([2018, '1200.00', '1200.00']);
    const sangong = data.lines.filter((line) => line.table === 't10' && line.code === 'sangong_total').map((line) => `${line.measure} ${wan(line.amount)}`);
    expect(sangong).toEqual(['budget 25.00', 'total 20.00']);
    expect(data.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('balances each fund with its carry-overs, and names a fund that does not balance', async () => {
    const text = readFileSync(fixture, 'utf8').replace(/(年末财政拨款结转和结余\s+5\.00\s+)5\.00/, '$16.00');
    const path = join(mkdtempSync(join(tmpdir(), 'jsf-')), 'jiangsu-final-synthetic.txt');
    writeFileSync(path, text);
    const data = await read(path);
    const balance = data.findings.filter((finding) => finding.rule_id === 't4-balance').map((finding) => `${finding.severity} ${finding.expected} → ${finding.actual}`);
    expect(balance).toEqual(['error 1210.00 → 1211.00']);
  });
});
