/**
 * The check stage on the real corpus (tests/corpus/README.md): every real error the README lists
 * comes out as a finding (rule, both figures, line), and the error-severity findings of each
 * document are exactly the expected ones, so a false alarm fails this test.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestGroup } from '../../src/cli/ingest';
import type { Finding } from '../../src/lib/model/finding';

const corpus = join(__dirname, '..', 'corpus', 'text');

const FILES: Record<string, string[]> = {
  '01': ['01_sh_putuo_finance_bureau_2025_dept_budget'],
  '02': ['02_sh_putuo_justice_bureau_2026_dept_budget'],
  '03': ['03_sh_putuo_justice_bureau_2026_unit_budget'],
  '04': ['04_js_procuratorate_2018_dept_budget'],
  '05': ['05_js_cppcc_office_2017_dept_budget_part1_narrative', '05_js_cppcc_office_2017_dept_budget_part2_tables'],
  '06': ['06_js_high_court_2017_dept_budget']
};

/** A README error: rule, expected and actual figure (or a part of the text), and the line it is on. */
type Expected = [doc: string, ruleId: string, expected: string | null, actual: string, line: number, why: string];

const README_ERRORS: Expected[] = [
  ['01', 'narrative-function', '87.3617', '887.36', 103, '职业年金 887.36万元 vs 873,617.00元'],
  ['01', 'empty-note-other-table', null, '无政府性基金预算财政拨款安排的预算', 322, 'note copied from the 政府性基金 table'],
  ['02', 'compared-year', '2025', '2026', 91, '比2026年预算增加 in a 2026 budget'],
  ['02', 'narrative-change-direction', '减少', '增加', 114, '43269.3 → 3845.49 called 增加'],
  ['02', 'narrative-change-percent', '-91.11%', '17.62%', 114, '43269.3 → 3845.49 called 增加17.62%'],
  ['02', 'narrative-restated-amount', '208.80', '201.50', 134, '住房公积金 208.8 then 2026年预算安排201.50'],
  ['02', 'narrative-function-name', '卫生健康支出', '医疗卫生与计划生育', 130, 'class 210 under its old name'],
  ['02', 'doubled-punctuation', '。', '。。', 112, 'doubled 。。'],
  ['02', 'project-period-year', '2026', '2025', 397, '实施周期 2025年 in a 2026 budget'],
  ['03', 'row-basic-project', '7918.940034', '1434.885334', 162, '行政运行 row carries the class 项目支出 (支出预算总表)'],
  ['03', 'row-basic-project', '7918.940034', '1434.885334', 211, '行政运行 row carries the class 项目支出 (一般公共预算支出表)'],
  ['03', 'narrative-change-percent', '-15.13%', '-1.10%', 74, '1690.69 → 1434.89 called 减少1.10%'],
  ['03', 'narrative-restated-amount', '56.12', '57.80', 88, '56.12 then 2026年预算安排57.8'],
  ['03', 'narrative-restated-amount', '207.00', '170.03', 102, '207 then 2026年预算安排170.03'],
  ['03', 'narrative-change-direction', '减少', '增加', 101, '241.76 → 207 called 增加21.74%'],
  ['03', 'truncated-sentence', null, '主要原因是。', 321, 'truncated 主要原因是。'],
  ['03', 'scope-wording', '单位', '部门预算安排', 335, '部门预算安排 in a 单位 document'],
  ['04', 'narrative-change-percent', '0.60%', '0.06%', 1024, '增加 21.8 万元，增长 0.06 %'],
  ['04', 'narrative-change-percent', '6.60%', '0.66%', 1027, '减少 134 万元，降幅 0.66 %'],
  ['04', 'narrative-duplicate', '3959.28', '3958.98', 1066, '一般公共预算 increase 3,959.28 and 3,958.98'],
  ['05', 'template-leftovers', null, '填列数应与《收支预算总表》收入数一致', 198, 'template instruction left in'],
  ['05', 'term-typo', '财政专户管理资金', '财政转专户管理资金', 79, '表二 typo']
];

/** Every error-severity finding per document: rule, expected → actual, lines. */
const ERRORS: Record<string, string[]> = {
  '01': [
    'narrative-function 87.3617 → 887.36 @103,275',
    'narrative-function 87.3617 → 887.36 @112,275'
  ],
  '02': [
    'narrative-change-direction 减少 → 增加 @114',
    'narrative-restated-amount 208.80 → 201.50 @133,134'
  ],
  '03': [
    'function-hierarchy 12968.1094 → 6484.0547 @161,162,163,164,165,166,167',
    'function-hierarchy 12968.1094 → 6484.0547 @210,211,212,213,214,215,216',
    'narrative-change-direction 减少 → 增加 @101',
    'narrative-restated-amount 56.12 → 57.80 @87,88',
    'narrative-restated-amount 207.00 → 170.03 @101,102',
    'row-basic-project 7918.940034 → 1434.885334 @162',
    'row-basic-project 7918.940034 → 1434.885334 @211'
  ],
  '04': [],
  '05': [],
  '06': []
};

const findings: Record<string, Finding[]> = {};

beforeAll(async () => {
  for (const [doc, files] of Object.entries(FILES)) {
    const result = await ingestGroup(files.map((file) => join(corpus, `${file}.txt`)));
    if (!result.ok) throw new Error(result.message);
    findings[doc] = result.document.outcomes.flatMap((outcome) => outcome.findings);
  }
}, 60_000);

describe('corpus findings', () => {
  it.each(README_ERRORS)('%s %s %s → %s (line %i): %s', (doc, ruleId, expected, actual, line) => {
    const match = findings[doc]!.find(
      (f) => f.ruleId === ruleId && (expected === null || f.expected === expected) && (f.actual ?? '').includes(actual) && f.sources.some((s) => s.line === line)
    );
    expect(match, `${doc} ${ruleId}: ${findings[doc]!.filter((f) => f.ruleId === ruleId).map((f) => `${f.expected} → ${f.actual} @${f.sources.map((s) => s.line)}`).join('; ')}`).toBeDefined();
  });

  it.each(Object.keys(ERRORS))('%s: the error-severity findings are exactly the expected ones', (doc) => {
    const errors = findings[doc]!
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.ruleId} ${f.expected} → ${f.actual} @${f.sources.map((s) => s.line).join(',')}`)
      .sort();
    expect(errors).toEqual([...ERRORS[doc]!].sort());
  });

  it('03: cells printed as integers in 元 tables (sums off by 0.34 元) are information, and only in 03', () => {
    const cents = (doc: string) =>
      findings[doc]!
        .filter((f) => f.ruleId === 'yuan-cent-precision')
        .map((f) => `${f.severity} ${f.expected} → ${f.actual} @${f.sources.map((s) => s.line).join(',')}`);
    expect(cents('03')).toEqual([
      'info 79189400.00 → 79189400.34 @111',
      'info 86959408.00 → 86959408.34 @122',
      'info null → 0 @180',
      'info 86959408.00 → 86959408.34 @181',
      'info null → 0 @233',
      'info 86959408.00 → 86959408.34 @234'
    ]);
    expect(findings['03']!.find((f) => f.ruleId === 'yuan-cent-precision' && f.sources[0]!.line === 181)?.message).toContain('基本支出 22,118,861 印为整数');
    for (const doc of ['01', '02', '04', '05', '06']) expect(cents(doc), doc).toEqual([]);
  });

  it('05 joins its two files: findings point into the file that holds the line', () => {
    const typo = findings['05']!.find((f) => f.ruleId === 'term-typo');
    expect(typo?.sources[0]?.file).toBe('05_js_cppcc_office_2017_dept_budget_part2_tables.txt');
  });
});
