/**
 * parseNarrative: the running text of a disclosure → stated figures (with subject, share,
 * change against the previous year), staff, assets, 绩效 and section headings.
 */
import type { Line } from '../../extract/types';
import type {
  AssetFacts,
  DocKind,
  FundScope,
  NarrativeFact,
  PerformanceFacts,
  StaffFacts
} from '../../model/disclosure';
import type { Issue, SourceRef } from '../../model/source';
import { readAssets, readPerformanceCounts, readStaff } from './counts';
import type { BudgetComparison } from './comparison';
import { isModelKind, readFacts, type FunctionContext, type ReaderFact, type ReaderSubject } from './facts';
import { readPerformanceSheets } from './performance-sheets';
import { classifyLines } from './regions';
import { repairLineOrder } from './reorder';
import { headingAt, isListSection, scopeOfTitle } from './sections';
import { buildStream } from './stream';
import { appendAll } from '../../model/arrays';

export { buildFunctionNames, resolveFunctionCode } from './function-classes';
export type { BudgetComparison } from './comparison';
export type { ReaderFact, ReaderSubject } from './facts';

export interface NarrativeContext {
  year: number | null;
  /** Printed function name (or '/'-joined 类/款/项 path, see buildFunctionNames) → code, from the tables. */
  functionNames?: Map<string, string>;
  /** File name for SourceRefs. */
  file?: string;
  /**
   * 预算 or 决算 (identity.docKind). Decides whether "比2024年度预算数" compares with the previous
   * year (预算) or with the same year's budget (决算). Left out: read from the section titles.
   */
  docKind?: DocKind | null;
}

/** A 决算 actual compared with the same year's budget: never a prior-year figure. */
export interface BudgetComparisonFact {
  /** The fact the comparison belongs to (in `facts` or `unmodelledFacts`): its amount is the actual. */
  fact: NarrativeFact | ReaderFact;
  comparison: BudgetComparison;
}

export interface NarrativeResult {
  facts: NarrativeFact[];
  staff: StaffFacts;
  performance: PerformanceFacts;
  assets: AssetFacts;
  sections: { title: string; source: SourceRef }[];
  issues: Issue[];
  /**
   * Comparisons of an actual with the same year's budget (决算: 年初预算为 X，支出决算为 Y，完成预算的
   * Z%，决算数小于预算数). NarrativeFact has no field for them yet: kept here, apart from `change`.
   */
  budgetComparisons: BudgetComparisonFact[];
  /**
   * Facts about quantities the model has no SubjectKind for yet: 本年收入合计 (income_current),
   * 本年支出合计 (expenditure_current), and in a 决算 财政拨款收入支出总计 (appropriation_total, with
   * 年初结转和结余; its amount also comes out in `facts` as 财政拨款, without the comparison).
   */
  unmodelledFacts: ReaderFact[];
}

interface Section {
  title: string;
  level: number;
  scope: FundScope;
  lines: Line[];
  skipFacts: boolean;
}

export function parseNarrative(lines: Line[], context: NarrativeContext): NarrativeResult {
  const file = context.file ?? '';
  const kinds = classifyLines(lines);
  const texts = lines.map((line) => line.text);
  const sections: NarrativeResult['sections'] = [];
  const blocks: Section[] = [{ title: '', level: 0, scope: 'all', lines: [], skipFacts: false }];
  const narrativeLines: Line[] = [];
  const stack: (FundScope | null)[] = [null, null, null];
  let inList = false;

  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i]!;
    const partOnly = kind === 'table' && /^第[一二三四五六七八九十]+部分/.test(texts[i]!.trim());
    if (kind !== 'narrative' && !partOnly) continue;
    const heading = headingAt(texts, i, inList);
    if (heading && (!partOnly || heading.level === 0)) {
      const line = lines[i]!;
      sections.push({ title: heading.title, source: { file, page: line.page, line: line.line, text: line.text } });
      const own = scopeOfTitle(heading.title);
      stack[heading.level] = own;
      for (let l = heading.level + 1; l < stack.length; l++) stack[l] = null;
      const scope = stack.slice(0, heading.level + 1).reduce<FundScope | null>((s, x) => x ?? s, null) ?? 'all';
      if (heading.level < 2) inList = isListSection(heading.title);
      blocks.push({ title: heading.title, level: heading.level, scope, lines: [], skipFacts: /名词解释/.test(heading.title) });
      i += heading.span - 1;
      continue;
    }
    if (partOnly) continue;
    blocks.at(-1)!.lines.push(lines[i]!);
    narrativeLines.push(lines[i]!);
  }

  const docKind = context.docKind !== undefined ? context.docKind : kindOfSections(sections.map((s) => s.title));
  const read: ReaderFact[] = [];
  const repaired: Line[] = [];
  let functionContext: FunctionContext = {};
  for (const block of blocks) {
    if (block.level < 2) functionContext = {};
    if (block.lines.length === 0) continue;
    const blockLines = repairLineOrder(block.lines);
    appendAll(repaired, blockLines);
    if (block.skipFacts) continue;
    const stream = buildStream(blockLines);
    const economic = /基本支出|机关运行经费|经济分类/.test(block.title);
    read.push(
      ...readFacts({ stream, scope: block.scope, file, functionNames: context.functionNames, functionContext, economic, docKind, year: context.year })
    );
  }
  const { facts, budgetComparisons, unmodelledFacts } = splitFacts(read);

  const whole = buildStream(repaired);
  const counts = readPerformanceCounts(whole, file);
  const performance: PerformanceFacts = {
    ...counts,
    projects: readPerformanceSheets(lines.filter((_, i) => kinds[i] === 'performance'), file)
  };
  if (counts.fiscalAmount !== null && counts.source)
    facts.push({ subject: { kind: 'performance_projects', scope: 'all' }, amount: counts.fiscalAmount, source: counts.source });

  const issues: Issue[] = [];
  if (narrativeLines.length === 0)
    issues.push({ code: 'narrative-missing', message: `${file}：未找到预算情况说明正文` });
  for (const fact of facts)
    if (fact.amount === null)
      issues.push({ code: 'narrative-amount-unreadable', message: `无法读取金额：${fact.source.text}`, source: fact.source });
  return {
    facts,
    staff: readStaff(whole, file),
    performance,
    assets: readAssets(whole, file),
    sections,
    issues,
    budgetComparisons,
    unmodelledFacts
  };
}

/** 决算 when a section title says so (…决算情况说明), 预算 when one names 预算; otherwise unknown. */
function kindOfSections(titles: string[]): DocKind | null {
  if (titles.some((t) => /决算/.test(t))) return '决算';
  if (titles.some((t) => /预算/.test(t))) return '预算';
  return null;
}

/**
 * Reader facts → the model's facts, the budget comparisons apart, and facts of kinds the model lacks.
 * A 决算's 财政拨款收入支出总计 is also given to the model as 财政拨款 with its stated amount only (the
 * checks compare it with the 财政拨款收入支出决算总表 总计), never with its comparison: that total
 * includes 年初结转和结余, so its change is no prior-year 财政拨款.
 */
function splitFacts(read: ReaderFact[]): Pick<NarrativeResult, 'facts' | 'budgetComparisons' | 'unmodelledFacts'> {
  const facts: NarrativeFact[] = [];
  const budgetComparisons: BudgetComparisonFact[] = [];
  const unmodelledFacts: ReaderFact[] = [];
  for (const fact of read) {
    const { budgetComparison, subject, ...rest } = fact;
    let kept: NarrativeFact | ReaderFact;
    if (isModelKind(subject.kind)) {
      const modelled: NarrativeFact = { ...rest, subject: subject as NarrativeFact['subject'] };
      facts.push(modelled);
      kept = modelled;
    } else {
      const other: ReaderFact = { ...rest, subject };
      unmodelledFacts.push(other);
      kept = other;
      if (subject.kind === 'appropriation_total') {
        const stated: NarrativeFact = { subject: { kind: 'appropriation', scope: subject.scope }, amount: fact.amount, source: fact.source };
        if (fact.share) stated.share = fact.share;
        facts.push(stated);
      }
    }
    if (budgetComparison) budgetComparisons.push({ fact: kept, comparison: budgetComparison });
  }
  return { facts, budgetComparisons, unmodelledFacts };
}
