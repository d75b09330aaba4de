/**
 * Sentence cases for the comparisons that feed the prior-year row (normalise/prior.ts): every
 * phrasing of "X 万元，比上年…增加/减少 Y 万元" seen in 预算 and 决算 narratives, the 决算 trap of
 * comparisons with the same year's budget (never a prior-year figure), 持平, wrong years, and text
 * broken by extraction (letter-spaced lines, fragments, lines out of order).
 */
import { describe, expect, it } from 'vitest';
import type { Line } from '../../extract/types';
import { formatWanyuanExact } from '../../model/amount';
import type { DocKind, NarrativeFact } from '../../model/disclosure';
import { priorOf } from '../../normalise/prior';
import { parseNarrative, type NarrativeResult } from './index';

const toLines = (texts: string[]): Line[] => texts.map((text, i) => ({ page: 1, line: i + 1, text, cells: [], positioned: false }));

function read(texts: string[], year: number, docKind: DocKind | null): NarrativeResult {
  return parseNarrative(toLines(texts), { year, docKind, file: 'case.txt' });
}

const wan = (v: number | null | undefined): string => (v == null ? '-' : formatWanyuanExact(v));

/** kind amount → prior (comparedYear): what the prior-year row reads from a fact. */
function describe1(fact: Pick<NarrativeFact, 'amount' | 'change' | 'statedPrior' | 'comparedYear'> & { subject: { kind: string } }): string {
  const prior = priorOf(fact as NarrativeFact);
  return `${fact.subject.kind} ${wan(fact.amount)} → ${wan(prior)}${fact.comparedYear !== undefined ? ` (${fact.comparedYear})` : ''}`;
}

const priors = (result: NarrativeResult): string[] => result.facts.map(describe1);

describe('prior-year comparisons (预算)', () => {
  it.each<[string, string[], number, string[]]>([
    ['与上年相比增加, income total', ['收入预算总计9,628.22万元，与上年相比增加793.14万元。'], 2026, ['income_total 9628.22 → 8835.08']],
    [
      '收、支预算总计各增加: both totals',
      ['江苏省政协办公厅2017年度收入、支出预算总计9,146.79万元，与上年相比收、支预算总计各增加498.72万元，增长5.77%。'],
      2017,
      ['income_total 9146.79 → 8648.07', 'expenditure_total 9146.79 → 8648.07']
    ],
    ['收支总预算: both totals', ['收支总预算373.29万元，比上年预算增加10.00万元。'], 2023, ['income_total 373.29 → 363.29', 'expenditure_total 373.29 → 363.29']],
    ['比上年预算增加', ['基本支出340.29万元，比上年预算增加7.67万元，增长2.31%。'], 2023, ['basic 340.29 → 332.62']],
    ['比上年预算减少', ['项目支出22.00万元，比上年预算减少10.08万元，下降31.42%。'], 2023, ['project 22.00 → 32.08']],
    ['比2025年预算增加 (the right year)', ['财政拨款收入9628.22万元，比2025年预算增加793.14万元。'], 2026, ['appropriation 9628.22 → 8835.08 (2025)']],
    // A real error of corpus 02: the year is kept as printed, for the compared-year check.
    ['比2026年预算增加 in a 2026 budget (wrong year)', ['财政拨款收入9628.22万元，比2026年预算增加793.14万元。'], 2026, ['appropriation 9628.22 → 8835.08 (2026)']],
    ['较上年增加', ['机关运行经费支出184.65万元，较上年增加2.55万元。'], 2025, ['operating_costs 184.65 → 182.10']],
    ['同比增加', ['机关运行经费支出184.65万元，同比增加2.55万元。'], 2025, ['operating_costs 184.65 → 182.10']],
    ['同比持平', ['公用经费184.65万元，同比持平。'], 2025, ['public_funds 184.65 → 184.65']],
    ['与上年持平', ['政府性基金拨款支出预算0万元，与上年持平。'], 2025, ['gov_fund 0.00 → 0.00']],
    ['与2024年预算持平', ['国有资本经营预算拨款支出预算0万元，与2024年预算持平。'], 2025, ['state_capital 0.00 → 0.00 (2024)']],
    ['与上年数一致 in the next sentence', ['项目支出预算数为3,123.68万元。与上年数一致。'], 2017, ['project 3123.68 → 3123.68']],
    ['与上年相比 in the next sentence', ['其他资金收入预算总计14.39万元。与上年相比减少0.61万元。'], 2018, ['unit_funds 14.39 → 15.00']],
    ['本年数小于上年预算数 X 万元', ['公务接待费预算支出116.5万元，本年数小于上年预算数40.05万元，主要是厉行节约。'], 2018, ['sangong_reception 116.50 → 156.55']],
    ['比上年相比减少 with a percent', ['机关运行经费预算支出2,722.57万元，比上年相比减少3,309.98万元，降幅54.9%。'], 2018, ['operating_costs 2722.57 → 6032.55']],
    ['上年预算执行数 stated', ['行政运行（项）1672.67万元。2025年当年预算执行数为1690.69万元，2026年预算安排1672.67万元，比2025年预算执行数减少1.07%。'], 2026, ['function 1672.67 → 1690.69 (2025)']],
    // No comparison named: the change of something else, not of the subject.
    ['增加 without a comparison gives nothing', ['基本支出340.29万元，增加部门预算7.67万元。'], 2023, ['basic 340.29 → -']],
    ['a reason keeps its figures', ['项目支出92.50万元，比上年预算增加15.97万元，主要原因是增加4.5万元网站经费。'], 2023, ['project 92.50 → 76.53']]
  ])('%s', (_, texts, year, expected) => {
    expect(priors(read(texts, year, '预算'))).toEqual(expected);
  });

  it('joins a sentence broken into indented fragments', () => {
    const result = read(
      ['  江苏省政协办公厅 2017 年度收入、支出预算总计 9,146.79', '万元，', '  与上年相比收、', '        支预算总计各增加 498.72 万元，', '                          增长 5.77%。'],
      2017,
      '预算'
    );
    expect(priors(result)).toEqual(['income_total 9146.79 → 8648.07', 'expenditure_total 9146.79 → 8648.07']);
    expect(result.facts.map((f) => f.change?.percent?.text)).toEqual(['5.77%', '5.77%']);
  });

  it('reads letter-spaced justified lines with a detached "%"', () => {
    const result = read(
      ['江 苏 省 人 民 检 察 院 2018 年 度 收 入 、 支 出 预 算 总 计', '21,955.35 万 元 ， 与 上 年 相 比 收 、 支 预 算 总 计 各 增 加', '3,958.67 万元，增长 21.95         %。'],
      2018,
      '预算'
    );
    expect(priors(result)).toEqual(['income_total 21955.35 → 17996.68', 'expenditure_total 21955.35 → 17996.68']);
    expect(result.facts[0]!.change?.percent?.text).toBe('21.95%');
    const item = read(['（2）一般行政管理事务（项）3,666 万元，与上年相比 增 加 21.8 万 元 ， 增 长 0.06 %。'], 2018, '预算');
    expect(priors(item)).toEqual(['function 3666.00 → 3644.20']);
  });
});

describe('决算: prior year against the same year’s budget', () => {
  it.each<[string, string[], string[]]>([
    [
      '收、支总计各减少: both totals',
      ['上海市普陀区财政局2024年度收入支出决算总计2,995.39万元。与2023年度相比，收、支总计各减少56.95万元，下降1.87%。'],
      ['income_total 2995.39 → 3052.34 (2023)', 'expenditure_total 2995.39 → 3052.34 (2023)']
    ],
    [
      '收入支出总计减少 named again after 与2023年度相比',
      ['上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。'],
      ['income_total 2995.39 → 3052.34 (2023)', 'expenditure_total 2995.39 → 3052.34 (2023)']
    ],
    [
      '一般公共预算财政拨款支出 与2023年度相比',
      ['一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。'],
      ['general_budget 2940.05 → 3003.19 (2023)']
    ],
    ['机关运行经费 比2023年度增加', ['机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。'], ['operating_costs 184.65 → 182.10 (2023)']],
    ['与2023年度持平, then 其中 items 持平', [
      '“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务接待费支出决算为0.00万元，完成预算的0%。',
      '2024年度“三公”经费财政拨款支出决算数与2023年度持平。其中：因公出国（境）费支出决算持平；公务接待费支出决算持平。'
    ], ['sangong_total 0.00 → 0.00 (2023)', 'sangong_outbound 0.00 → 0.00 (2023)', 'sangong_reception 0.00 → 0.00 (2023)']],
    ['比2024年度增加 in a 2024 决算 (wrong year, kept)', ['机关运行经费支出184.65万元，比2024年度增加2.55万元。'], ['operating_costs 184.65 → 182.10 (2024)']]
  ])('%s', (_, texts, expected) => {
    expect(priors(read(texts, 2024, '决算'))).toEqual(expected);
  });

  it.each<[string, string[], string, string]>([
    [
      '完成预算的 0%，比2024年度预算数减少',
      ['2024年度“三公”经费财政拨款支出决算为0万元，完成预算的0%，比2024年度预算数减少0.95万元。'],
      'sangong_total 0.00 → -',
      'decrease 0.95 rate 0% year 2024'
    ],
    [
      '年初预算为 X，支出决算为 Y，决算数小于预算数',
      ['一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：信息化项目调减。'],
      'general_budget 2940.05 → -',
      'budget 2993.92 decrease rate 98.20%'
    ],
    ['比年初预算增加', ['机关运行经费支出184.65万元，比年初预算增加2.55万元。'], 'operating_costs 184.65 → -', 'increase 2.55'],
    ['决算数大于预算数', ['公务接待费支出决算为1.20万元。决算数大于预算数的主要原因是接待任务增加。'], 'sangong_reception 1.20 → -', 'increase'],
    ['决算数与预算数基本持平', ['一般公共预算财政拨款支出年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。'], 'general_budget 10.00 → -', 'budget 10.00 flat']
  ])('the same year’s budget is no prior year: %s', (_, texts, fact, comparison) => {
    const result = read(texts, 2024, '决算');
    expect(priors(result)).toEqual([fact]);
    expect(result.facts[0]!.change).toBeUndefined();
    const [entry] = result.budgetComparisons;
    expect(entry!.fact).toBe(result.facts[0]);
    const c = entry!.comparison;
    const described = [
      c.budget !== undefined ? `budget ${wan(c.budget)}` : '',
      c.direction ?? '',
      c.amount != null ? wan(c.amount) : '',
      c.executionRate ? `rate ${c.executionRate.text}` : '',
      c.year !== undefined ? `year ${c.year}` : ''
    ].filter(Boolean).join(' ');
    expect(described).toBe(comparison);
  });

  it('reads 财政拨款收入支出总计 as stated, its comparison apart (the total includes 年初结转和结余)', () => {
    // A real typo of corpus 09 (the table says 2,961.68): read as stated, for the checks.
    const result = read(['2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。'], 2024, '决算');
    expect(priors(result)).toEqual(['appropriation 0.30 → -']);
    expect(result.unmodelledFacts.map(describe1)).toEqual(['appropriation_total 0.30 → 0.30 (2023)']);
    // In a 预算 the 财政拨款 total is this year's 财政拨款.
    const budget = read(['省检察院2018年度财政拨款收、支总预算21,940.96万元。与上年相比，财政拨款收、支总计各增加3,958.98万元，增长22%。'], 2018, '预算');
    expect(priors(budget)).toEqual(['appropriation 21940.96 → 17981.98']);
  });

  it('reads "比2024年度预算数" as a prior-year comparison in a 预算 (there it is the previous year’s budget)', () => {
    expect(priors(read(['机关运行经费预算229.43万元，比2024年度预算数减少0.95万元。'], 2025, '预算'))).toEqual(['operating_costs 229.43 → 230.38 (2024)']);
  });

  it('tells 决算 from 预算 by the section titles when the caller does not say', () => {
    const texts = ['一、一般公共预算财政拨款支出决算情况说明', '机关运行经费支出184.65万元，比2024年度预算数增加2.55万元。'];
    const result = parseNarrative(toLines(texts), { year: 2024 });
    expect(priors(result)).toEqual(['operating_costs 184.65 → -']);
    expect(result.budgetComparisons[0]!.comparison).toMatchObject({ direction: 'increase', amount: 2_550_000, year: 2024 });
  });

  it('keeps 本年收入合计 / 本年支出合计 apart from the totals (the model has no kind for them yet)', () => {
    const result = read(['本年收入合计2946.25万元，与2023年度相比增加10.00万元，其中：财政拨款收入2940.05万元，占99.79%；', '本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%；项目支出603.14万元，占20.51%；'], 2024, '决算');
    expect(result.unmodelledFacts.map(describe1)).toEqual(['income_current 2946.25 → 2936.25 (2023)', 'expenditure_current 2940.05 → -']);
    expect(result.facts.map((f) => `${f.subject.kind} ${wan(f.amount)} ${f.share?.text ?? ''}`)).toEqual([
      'appropriation 2940.05 99.79%',
      'basic 2336.91 79.49%',
      'project 603.14 20.51%'
    ]);
  });

  it('reads 人员经费 / 公用经费, function shares and 政府采购 parts', () => {
    const result = read(
      [
        '一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴；公用经费184.65万元，主要包括：办公费。',
        '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；住房保障支出2,106.66万元，占15.16%。',
        '政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0万元、政府采购服务支出246.47万元。',
        '2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。'
      ],
      2024,
      '决算'
    );
    expect(result.facts.map((f) => `${f.subject.kind} ${f.subject.name ?? ''} ${wan(f.amount)} ${f.share?.text ?? ''}`.replace(/ +/g, ' ').trim())).toEqual([
      'basic 2336.91',
      'personnel 2152.26',
      'public_funds 184.65',
      'general_budget 2940.05',
      'function 一般公共服务支出 2106.66 71.73%',
      'function 住房保障支出 2106.66 15.16%',
      'procurement_total 251.25',
      'procurement_goods 4.79',
      'procurement_works 0.00',
      'procurement_services 246.47',
      'procurement_total 251.25',
      'procurement_goods 4.79',
      'procurement_works 0.00',
      'procurement_services 246.47'
    ]);
  });

  it('reads "无“三公”经费财政拨款支出" as a stated zero, never a template instruction', () => {
    const stated = read(['上海市普陀区财政局2024年度无“三公”经费财政拨款支出。'], 2024, '决算');
    expect(stated.facts.map((f) => `${f.subject.kind} ${f.subject.scope} ${wan(f.amount)}`)).toEqual(['sangong_total appropriation 0.00']);
    const template = read(['无“三公”经费财政拨款支出的部门，作下述说明：', '上海市 XX 局 2024 年度无“三公”经费财政拨款支出。', '上海市 XX 局 2024 年度无机关运行经费支出。'], 2024, '决算');
    expect(template.facts).toEqual([]);
  });

  it('gives no fact for a template sentence with blanks where figures go', () => {
    const result = read(
      [
        '上海市 XX 局 2024 年度收入支出总计 XXX 万元。与 2023 年',
        '度相比，收入支出总计增加（减少）XXX 万元，增长（下降）XX%。',
        '一般公共预算财政拨款支出年初预算为 XXX 万元，支出决算为 XXX 万元，完成年初预算的 XX%。决算数大于（小于）预算数的主要原因：XXXXXXXX（如持平作持平表述）',
        '机关运行经费支出 XXX 万元，比 2023 年度增加（减少）XXX 万元，增长（下降）XX%。',
        '单价 100 万元（含）以上设备（不含车辆）XX 台（套）。'
      ],
      2024,
      '决算'
    );
    expect(result.facts).toEqual([]);
    expect(result.budgetComparisons).toEqual([]);
  });

  it('reads a list item headed by its function path alone', () => {
    const result = read(
      ['1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费。年初预算为 1560.05 万元，支出决算为1511.89万', '元。 决算数小于预算数的主要原因：人员进出及退休变化。', '2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：宣传等基本支出。年初预算为 10.00 万元，支出决算为10.00万元。决算数与预算数基本持平。'],
      2024,
      '决算'
    );
    expect(result.facts.map((f) => `${f.subject.name} ${wan(f.amount)}`)).toEqual(['一般公共服务支出/财政事务/行政运行 1511.89', '一般公共服务支出/财政事务/一般行政管理事务 10.00']);
    expect(result.budgetComparisons.map((b) => `${wan(b.comparison.budget)} ${b.comparison.direction}`)).toEqual(['1560.05 decrease', '10.00 flat']);
    expect(result.facts.every((f) => f.change === undefined)).toBe(true);
  });
});

describe('text out of order', () => {
  it('puts back a figure line printed above the line it ends (pdftotext -layout)', () => {
    const result = read(['603.14万元，占20.51%；', '    本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出'], 2024, '决算');
    expect(result.facts.map((f) => `${f.subject.kind} ${wan(f.amount)} ${f.share?.text}`)).toEqual(['basic 2336.91 79.49%', 'project 603.14 20.51%']);
    const item = read(
      ['6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老', '', '161.62万元，支出决算为160.75万元。 决算数小于预算数的主要原因：预算按充分保', '保险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为', '', '障预估，实际执行基本贴合预期。'],
      2024,
      '决算'
    );
    expect(item.facts.map((f) => `${f.subject.name} ${wan(f.amount)}`)).toEqual(['社会保障和就业支出/行政事业单位养老支出/机关事业单位基本养老保险缴费支出 160.75']);
  });

  it('leaves lines in order when the figure line continues the line before', () => {
    const result = read(['省检察院 2018 年财政拨款预算支出 21,940.96 万元，', '占本年支出合计的', '99.94 %。与上年相比，财政拨款支出', '增加 3,958.98 万元，增长', '22 %。主要原因是政策性调整。'], 2018, '预算');
    expect(priors(result)).toEqual(['appropriation 21940.96 → 17981.98']);
    expect(result.facts[0]!.share?.text).toBe('99.94%');
  });

  it('interleaves justified lines extracted column by column (reading order)', () => {
    const gb = read(['（1）一般公共预算收入预算', '年相比增加', '', '21,940.96 万元，与上', '', '3,959.28 万元，增长 22', '', '%。主要是因政策性调整因素。'], 2018, '预算');
    expect(priors(gb)).toEqual(['general_budget 21940.96 → 17981.68']);
    const costs = read(['2018 年本部门一般公共预算机关运行经费预算支出', '2,722.57 万元，比上年相比减少', '54.9', '', '3,309.98 万元，降幅', '', '%。主要原因是统计口径不同。'], 2018, '预算');
    expect(priors(costs)).toEqual(['operating_costs 2722.57 → 6032.55']);
    expect(costs.facts[0]!.change?.percent?.text).toBe('54.9%');
  });

  it('reads a numbered subject whose figure moved to the next line as a sentence, not a heading', () => {
    const result = read(['（一）人员经费', '', '11,257.35 万元。主要包括：基本工资。'], 2018, '预算');
    expect(result.facts.map((f) => `${f.subject.kind} ${wan(f.amount)}`)).toEqual(['personnel 11257.35']);
  });

  it('gives no fact for a figure glued to bare numbers of scrambled cells', () => {
    const result = read(['2018 年度政府采购支出预算总额', '中 ： 拟 采 购 货 物 支 出 268', '2,828.24', '3,096.24', '万元。其'], 2018, '预算');
    expect(result.facts).toEqual([]);
  });
});

describe('speed', () => {
  it('reads 160,000-character lines in linear time', () => {
    const lines = [
      '基本支出340.29万元，比上年预算增加7.67万元，增长2.31%；'.repeat(4_000).slice(0, 160_000),
      '与上年预算'.repeat(32_000),
      '上年'.repeat(40_000) + '预算'.repeat(40_000),
      '收、支'.repeat(53_000),
      '“三公”经费财政拨款支出'.repeat(13_000),
      '（1）'.repeat(40_000),
      '1'.repeat(160_000),
      '无“三公”经费'.repeat(20_000),
      '年初预算为1.00万元，'.repeat(12_000)
    ];
    // Twice over, one section: about 2.7 million characters. Linear work takes about a second; a
    // quadratic step (a mention checked against every other) takes minutes.
    const started = performance.now();
    const result = parseNarrative(toLines([...lines, ...lines]), { year: 2023, docKind: '预算' });
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(result.facts.length).toBe(8_000);
  });
});
