import { describe, expect, it } from 'vitest';
import { parseNarrative } from './index';
import { CORPUS, describeChange, load } from './test-helpers';

const read = (name: string, year: number) => {
  const doc = load(CORPUS(name));
  return parseNarrative(doc.lines, { year, file: doc.file });
};

describe('Shanghai 9-table narratives', () => {
  const putuoFinance = read('01_sh_putuo_finance_bureau_2025_dept_budget.txt', 2025);
  const justice = read('02_sh_putuo_justice_bureau_2026_dept_budget.txt', 2026);

  it('reads "比2024年预算增加 X 万元" and "与2024年预算持平" with the year they name', () => {
    const gb = putuoFinance.facts.find((f) => f.subject.kind === 'general_budget')!;
    expect(describeChange(gb)).toBe('general_budget|all||3121.42|increase|107.62|');
    expect(gb.comparedYear).toBe(2024);
    const fund = putuoFinance.facts.find((f) => f.subject.kind === 'gov_fund')!;
    expect(fund.change).toEqual({ direction: 'flat', amount: 0 });
    // 02 names the wrong year (2026 in a 2026 budget): kept as printed for the check stage.
    expect(justice.facts.find((f) => f.subject.kind === 'general_budget')!.comparedYear).toBe(2026);
  });

  it('reads per-项 "上年预算执行数 A，本年预算安排 B，比…增加 Y%" with printed codes', () => {
    const item = justice.facts.find((f) => f.subject.code === '2040601')!;
    expect(item.subject.name).toBe('公共安全支出/司法/行政运行');
    expect(item.amount).toBe(1_672_670_000);
    expect(item.statedPrior).toBe(1_690_690_000);
    expect(item.change).toEqual({ direction: 'decrease', amount: null, percent: { hundredths: 107, decimals: 2, text: '1.07%' } });
    expect(item.comparedYear).toBe(2025);
    // The real error in 02: 43269.3 printed as the 2025 execution of 其他司法支出.
    expect(justice.facts.find((f) => f.subject.code === '2040699')!.statedPrior).toBe(43_269_300_000);
  });

  it('reads 三公, 机关运行经费, 政府采购 and 绩效 of the 其他相关情况说明', () => {
    const kinds = justice.facts.filter((f) => /^(sangong|operating|procurement)/.test(f.subject.kind)).map((f) => `${f.subject.kind} ${f.amount}`);
    expect(kinds).toEqual([
      'sangong_total 10810000', 'sangong_outbound 0', 'sangong_vehicle_total 9980000', 'sangong_vehicle_purchase 0',
      'sangong_vehicle_operation 9980000', 'sangong_reception 830000', 'operating_costs 217830000',
      'procurement_total 1486420000', 'procurement_goods 3660000', 'procurement_works 36440000',
      'procurement_services 1446320000', 'procurement_sme 1486420000', 'procurement_small_micro 1486420000'
    ]);
    expect(justice.performance).toMatchObject({ fiscalProjectCount: 20, fiscalAmount: 7_054_050_000 });
    expect(justice.assets).toMatchObject({ vehicles: 3, vehiclesValue: null });
  });

  it('skips the table of contents and the tables', () => {
    const titles = putuoFinance.sections.map((s) => s.title);
    expect(titles.slice(0, 4)).toEqual(['上海市普陀区财政局主要职能', '上海市普陀区财政局机构设置', '名词解释', '2025年部门预算编制说明']);
    expect(titles).not.toContain('一、部门主要职能');
  });
});

describe('Jiangsu 12-table narratives', () => {
  const procuratorate = read('04_js_procuratorate_2018_dept_budget.txt', 2018);
  const cppcc = read('05_js_cppcc_office_2017_dept_budget_part1_narrative.txt', 2017);

  it('reads letter-spaced lines with "%" detached from its number', () => {
    // "江 苏 省 人 民 检 察 院 2018 年 度 收 入 、 支 出 预 算 总 计" / "21,955.35 万 元 ， … 增长 21.95         %"
    expect(describeChange(procuratorate.facts[0]!)).toBe('income_total|all||21955.35|increase|3958.67|21.95%');
    const share = procuratorate.facts.find((f) => f.subject.kind === 'general_budget' && f.share)!;
    expect(share.share?.text).toBe('99.94%');
  });

  it('reads 与上年相比 changes, 本年数小于上年预算数 and 与上年预算数相等', () => {
    const changed = procuratorate.facts.filter((f) => f.change && /^(function|sangong|meeting|training|operating)/.test(f.subject.kind)).map(describeChange);
    expect(changed).toEqual([
      'function|all|公共安全|16458.75|increase|2802.41|20.52%',
      'function|all|社会保障和就业支出|1836.22|decrease|184.96|9.1%',
      'function|all|住房保障支出|3660.38|increase|1341.22|57.83%',
      'function|appropriation|公共安全支出/检察/行政运行|10883.36|increase|2915.22|36.58%',
      'function|appropriation|公共安全支出/检察/一般行政管理事务|3666.00|increase|21.80|0.06%',
      'function|appropriation|公共安全支出/检察/公诉、审判、侦查、执行等检察监督支出|1895.00|decrease|134.00|0.66%',
      'function|appropriation|社会保障和就业支出/行政事业单位离退休/未归口管理行政单位离退休费|371.92|decrease|1649.26|81.6%',
      'function|appropriation|社会保障和就业支出/行政事业单位离退休/机关事业单位基本养老保险缴费|1045.93|increase|1045.93|',
      'function|appropriation|社会保障和就业支出/行政事业单位离退休/机关事业单位职业年金缴费|418.37|increase|418.37|',
      'sangong_outbound|general_budget||100.00|flat|0.00|',
      'sangong_vehicle_operation|general_budget||267.80|flat|0.00|',
      'sangong_reception|general_budget||116.50|decrease|40.05|',
      'meeting|general_budget||200.44|increase|32.44|',
      'training|general_budget||700.00|flat|0.00|',
      'operating_costs|general_budget||2722.57|decrease|3309.98|54.9%'
    ]);
  });

  it('joins sentences broken into indented fragments', () => {
    // "万元，" / "与上年相比收、" / "支预算总计各增加 498.72 万元，" / "增长 5.77%。"
    expect(describeChange(cppcc.facts[0]!)).toBe('income_total|all||9146.79|increase|498.72|5.77%');
  });

  it('reads （类）（款） in 基本支出 sections as economic classes', () => {
    const economic = cppcc.facts.filter((f) => f.subject.kind === 'economic');
    expect(economic.length).toBeGreaterThan(10);
    expect(cppcc.facts.some((f) => f.subject.kind === 'function' && /工资福利/.test(f.subject.name ?? ''))).toBe(false);
  });
});
