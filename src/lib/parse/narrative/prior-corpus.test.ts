/**
 * Corpus cases: for documents 01–06 and 09, every narrative fact that can feed the prior-year
 * unit_summary row (totals, sources, 基本/项目, 三公 items, 会议费/培训费, 机关运行经费), with the
 * values as the text states them — from the layout text, and from the reading-order and copied-text
 * extractions of the same PDFs where they are present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinDocuments } from '../../extract/join';
import { extractText } from '../../extract/text';
import type { ExtractedDocument } from '../../extract/types';
import { formatWanyuanExact } from '../../model/amount';
import { priorOf } from '../../normalise/prior';
import { parseNarrative, type NarrativeResult } from './index';

const CORPUS = new URL('../../../../tests/corpus/', import.meta.url);
const FORMATS = ['text', 'reading-order', 'copied'] as const;

function loadFile(format: string, name: string): ExtractedDocument | null {
  const url = new URL(`${format}/${name}`, CORPUS);
  if (!existsSync(url)) return null;
  const result = extractText(name, readFileSync(url));
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

function read(format: string, name: string, year: number): NarrativeResult | null {
  const first = loadFile(format, name);
  if (!first) return null;
  let doc = first;
  if (name.includes('_part1_')) {
    const second = loadFile(format, name.replace('part1_narrative', 'part2_tables'));
    if (!second) return null;
    doc = joinDocuments([first, second]);
  }
  return parseNarrative(doc.lines, { year, file: doc.file });
}

const PRIOR_KINDS = /^(income_total|expenditure_total|appropriation|general_budget|gov_fund|state_capital|carryover|unit_funds|basic|project|reserve|personnel|public_funds|sangong_.*|meeting|training|operating_costs|procurement_total)$/;

/** kind|scope|amount|direction|change|prior[|comparedYear] for every fact with a prior-year value. */
function priorFacts(result: NarrativeResult): string[] {
  const out: string[] = [];
  for (const fact of result.facts) {
    if (!PRIOR_KINDS.test(fact.subject.kind)) continue;
    const prior = priorOf(fact);
    if (prior === null) continue;
    const change = fact.change?.amount != null ? formatWanyuanExact(fact.change.amount) : '';
    const year = fact.comparedYear !== undefined ? `|${fact.comparedYear}` : '';
    out.push(`${fact.subject.kind}|${fact.subject.scope}|${formatWanyuanExact(fact.amount!)}|${fact.change?.direction ?? 'stated'}|${change}|${formatWanyuanExact(prior)}${year}`);
  }
  return out;
}

const EXPECTED: { name: string; year: number; facts: string[] }[] = [
  {
    name: '01_sh_putuo_finance_bureau_2025_dept_budget.txt',
    year: 2025,
    facts: [
      // 收入预算 3,121.42 states no change itself: only 财政拨款收入 does.
      'appropriation|all|3121.42|increase|107.62|3013.80|2024',
      'appropriation|all|3121.42|increase|107.62|3013.80|2024',
      'general_budget|all|3121.42|increase|107.62|3013.80|2024',
      'gov_fund|all|0.00|flat|0.00|0.00|2024',
      'state_capital|all|0.00|flat|0.00|0.00|2024',
      'sangong_total|all|0.95|flat|0.00|0.95|2024',
      'sangong_outbound|all|0.00|flat|0.00|0.00|2024',
      'sangong_vehicle_purchase|all|0.00|flat|0.00|0.00|2024',
      'sangong_vehicle_operation|all|0.00|flat|0.00|0.00|2024',
      'sangong_reception|all|0.95|flat|0.00|0.95|2024'
    ]
  },
  {
    name: '02_sh_putuo_justice_bureau_2026_dept_budget.txt',
    year: 2026,
    facts: [
      // "比2026年预算增加793.14万元": the document's wrong year, kept for the compared-year check.
      'appropriation|all|9628.22|increase|793.14|8835.08|2026',
      'appropriation|all|9628.22|increase|793.14|8835.08|2026',
      'general_budget|all|9628.22|increase|793.14|8835.08|2026',
      'gov_fund|all|0.00|flat|0.00|0.00|2026',
      'state_capital|all|0.00|flat|0.00|0.00|2026',
      'sangong_total|all|10.81|flat|0.00|10.81|2025',
      'sangong_outbound|all|0.00|flat|0.00|0.00|2025',
      'sangong_vehicle_total|all|9.98|flat|0.00|9.98|2025',
      'sangong_vehicle_purchase|all|0.00|flat|0.00|0.00|2025',
      'sangong_vehicle_operation|all|9.98|flat|0.00|9.98|2025',
      'sangong_reception|all|0.83|flat|0.00|0.83|2025'
    ]
  },
  {
    name: '03_sh_putuo_justice_bureau_2026_unit_budget.txt',
    year: 2026,
    facts: [
      'appropriation|all|8695.94|increase|794.88|7901.06|2025',
      'appropriation|all|8695.94|increase|794.88|7901.06|2025',
      'general_budget|all|8695.94|increase|794.88|7901.06|2025',
      'gov_fund|all|0.00|flat|0.00|0.00|2025',
      'state_capital|all|0.00|flat|0.00|0.00|2025',
      'sangong_total|all|10.71|flat|0.00|10.71|2025',
      'sangong_outbound|all|0.00|flat|0.00|0.00|2025',
      'sangong_vehicle_total|all|9.98|flat|0.00|9.98|2025',
      'sangong_vehicle_purchase|all|0.00|flat|0.00|0.00|2025',
      'sangong_vehicle_operation|all|9.98|flat|0.00|9.98|2025',
      'sangong_reception|all|0.73|flat|0.00|0.73|2025'
    ]
  },
  {
    name: '04_js_procuratorate_2018_dept_budget.txt',
    year: 2018,
    facts: [
      // "收入、支出预算总计 21,955.35 万元，与上年相比收、支预算总计各增加 3,958.67 万元"
      'income_total|all|21955.35|increase|3958.67|17996.68',
      'expenditure_total|all|21955.35|increase|3958.67|17996.68',
      // The document gives the 一般公共预算 increase as 3,959.28 here and 3,958.98 elsewhere.
      'general_budget|all|21940.96|increase|3959.28|17981.68',
      'unit_funds|all|14.39|decrease|0.61|15.00',
      'basic|all|13994.31|increase|1670.85|12323.46',
      'project|all|5573.00|increase|40.00|5533.00',
      'reserve|all|2388.04|increase|2247.84|140.20',
      'appropriation|appropriation|21940.96|increase|3958.98|17981.98',
      'appropriation|appropriation|21940.96|increase|3958.98|17981.98',
      'general_budget|general_budget|21940.96|increase|3958.98|17981.98',
      'sangong_outbound|general_budget|100.00|flat|0.00|100.00',
      'sangong_vehicle_operation|general_budget|267.80|flat|0.00|267.80',
      'sangong_reception|general_budget|116.50|decrease|40.05|156.55',
      'meeting|general_budget|200.44|increase|32.44|168.00',
      'training|general_budget|700.00|flat|0.00|700.00',
      'operating_costs|general_budget|2722.57|decrease|3309.98|6032.55'
    ]
  },
  {
    name: '05_js_cppcc_office_2017_dept_budget_part1_narrative.txt',
    year: 2017,
    facts: [
      // The sentence spans four indented fragments ("万元，" / "与上年相比收、" / "支预算总计各增加 498.72 万元，" / "增长 5.77%。").
      'income_total|all|9146.79|increase|498.72|8648.07',
      'expenditure_total|all|9146.79|increase|498.72|8648.07',
      'general_budget|all|9066.79|increase|498.72|8568.07',
      'unit_funds|all|80.00|flat|0.00|80.00',
      'basic|all|5916.27|increase|498.72|5417.55',
      'project|all|3123.68|flat|0.00|3123.68',
      'reserve|all|106.84|flat|0.00|106.84',
      'appropriation|appropriation|9066.79|increase|498.72|8568.07',
      'appropriation|appropriation|9066.79|increase|498.72|8568.07',
      'general_budget|general_budget|9066.79|increase|498.72|8568.07',
      'operating_costs|general_budget|3348.98|increase|2173.13|1175.85|2016',
      'sangong_outbound|general_budget|76.00|flat|0.00|76.00',
      'sangong_vehicle_purchase|general_budget|0.00|flat|0.00|0.00',
      'sangong_vehicle_operation|general_budget|156.60|flat|0.00|156.60',
      'sangong_reception|general_budget|443.50|decrease|0.80|444.30',
      'meeting|general_budget|1094.62|flat|0.00|1094.62',
      'training|general_budget|81.60|flat|0.00|81.60'
    ]
  },
  {
    name: '06_js_high_court_2017_dept_budget.txt',
    year: 2017,
    facts: [
      'income_total|all|28849.38|increase|1808.29|27041.09',
      'expenditure_total|all|28849.38|increase|1808.29|27041.09',
      'general_budget|all|28849.38|increase|1808.29|27041.09',
      'basic|all|17123.19|increase|1408.29|15714.90',
      'project|all|11543.27|increase|400.00|11143.27',
      'reserve|all|182.92|flat|0.00|182.92',
      'appropriation|appropriation|28849.38|increase|1808.29|27041.09',
      'appropriation|appropriation|28849.38|increase|1808.29|27041.09',
      'general_budget|general_budget|28849.38|increase|1808.29|27041.09',
      'operating_costs|general_budget|9193.40|increase|5503.07|3690.33|2016',
      'sangong_outbound|general_budget|180.00|flat|0.00|180.00',
      'sangong_vehicle_operation|general_budget|304.40|flat|0.00|304.40',
      'training|general_budget|1701.25|flat|0.00|1701.25'
    ]
  },
  {
    name: '09_sh_putuo_finance_bureau_2024_dept_final.txt',
    year: 2024,
    facts: [
      // "收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元"
      'income_total|all|2995.39|decrease|56.95|3052.34|2023',
      'expenditure_total|all|2995.39|decrease|56.95|3052.34|2023',
      // "财政拨款收入支出总计0.3万元 … 持平" (a typo: the table says 2,961.68) is a total with 年初结转和
      // 结余: its comparison gives no prior 财政拨款 (it stays in unmodelledFacts).
      'general_budget|general_budget|2940.05|decrease|63.14|3003.19|2023',
      // "决算数与2023年度持平。其中：因公出国（境）费支出决算持平；…"
      'sangong_total|appropriation|0.00|flat|0.00|0.00|2023',
      'sangong_outbound|appropriation|0.00|flat|0.00|0.00|2023',
      'sangong_vehicle_total|appropriation|0.00|flat|0.00|0.00|2023',
      'sangong_reception|appropriation|0.00|flat|0.00|0.00|2023',
      'operating_costs|all|184.65|increase|2.55|182.10|2023'
    ]
  }
];

describe.each(FORMATS)('prior-year facts from %s', (format) => {
  it.each(EXPECTED)('$name', ({ name, year, facts }) => {
    const result = read(format, name, year);
    if (!result) return; // this extraction of the document is not in the corpus
    expect(priorFacts(result)).toEqual(facts);
  });
});

describe('09 (决算) beyond the prior year', () => {
  const result = read('text', '09_sh_putuo_finance_bureau_2024_dept_final.txt', 2024)!;
  const wan = (v: number | null | undefined): string => (v == null ? '-' : formatWanyuanExact(v));
  const stated = (kind: string): string[] => result.facts.filter((f) => f.subject.kind === kind).map((f) => wan(f.amount));

  it('keeps the comparisons with the 2024 budget out of the prior year', () => {
    expect(result.facts.filter((f) => f.change).every((f) => f.comparedYear === 2023)).toBe(true);
    const described = result.budgetComparisons.map(({ fact, comparison: c }) => `${fact.subject.kind} ${wan(fact.amount)} budget ${wan(c.budget)} ${c.direction ?? ''} ${c.executionRate?.text ?? ''}`.trim());
    expect(described.slice(0, 3)).toEqual([
      'general_budget 2940.05 budget 2993.92 decrease 98.20%',
      'function 1511.89 budget 1560.05 decrease',
      'function 10.00 budget 10.00 flat'
    ]);
    expect(described).toContain('sangong_total 0.00 budget 0.95 decrease 0%');
  });

  it('reads the 决算 subjects', () => {
    expect(stated('sangong_total')).toEqual(['0.00', '0.00']); // 支出决算为0.00万元; 无“三公”经费财政拨款支出
    expect(stated('basic')).toEqual(['2336.91', '2336.91']);
    expect(stated('project')).toEqual(['603.14']); // its line is printed above the sentence it ends
    expect(stated('personnel')).toEqual(['2152.26']);
    expect(stated('public_funds')).toEqual(['184.65']);
    expect(stated('operating_costs')).toEqual(['184.65']);
    expect(stated('procurement_total')).toEqual(['251.25']);
    expect([...stated('procurement_goods'), ...stated('procurement_works'), ...stated('procurement_services')]).toEqual(['4.79', '0.00', '246.47']);
    const classes = result.facts.filter((f) => f.subject.kind === 'function' && f.share).map((f) => `${f.subject.name} ${wan(f.amount)} ${f.share!.text}`);
    expect(classes).toEqual(['一般公共服务支出 2106.66 71.73%', '社会保障和就业支出 326.72 11.11%', '卫生健康支出 60.99 2.07%', '住房保障支出 445.69 15.16%']);
    expect(stated('appropriation')).toEqual(['2940.05', '0.30']); // 财政拨款收入2940.05万元; 财政拨款收入支出总计0.3万元
    expect(result.unmodelledFacts.map((f) => `${f.subject.kind} ${wan(f.amount)} ${f.change?.direction ?? ''}`.trim())).toEqual([
      'income_current 2946.25',
      'expenditure_current 2940.05',
      'appropriation_total 0.30 flat'
    ]);
    expect(result.assets.vehicles).toBe(0);
  });
});

describe('10 (the blank 决算 template)', () => {
  it.each(FORMATS)('states no figure (%s)', (format) => {
    const result = read(format, '10_sh_dept_final_accounts_template_2024.txt', 2024);
    if (!result) return;
    expect(result.facts).toEqual([]);
    expect(result.budgetComparisons).toEqual([]);
    expect(result.unmodelledFacts).toEqual([]);
  });
});
