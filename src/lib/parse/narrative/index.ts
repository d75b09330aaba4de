/**
 * parseNarrative: the running text of a disclosure → stated figures (with subject, share,
 * change against the previous year), staff, assets, 绩效 and section headings.
 */
import type { Line } from '../../extract/types';
import type {
  AssetFacts,
  FundScope,
  NarrativeFact,
  PerformanceFacts,
  StaffFacts
} from '../../model/disclosure';
import type { Issue, SourceRef } from '../../model/source';
import { readAssets, readPerformanceCounts, readStaff } from './counts';
import { readFacts, type FunctionContext } from './facts';
import { readPerformanceSheets } from './performance-sheets';
import { classifyLines } from './regions';
import { headingAt, isListSection, scopeOfTitle } from './sections';
import { buildStream } from './stream';

export { buildFunctionNames, resolveFunctionCode } from './function-classes';

export interface NarrativeContext {
  year: number | null;
  /** Printed function name (or '/'-joined 类/款/项 path, see buildFunctionNames) → code, from the tables. */
  functionNames?: Map<string, string>;
  /** File name for SourceRefs. */
  file?: string;
}

export interface NarrativeResult {
  facts: NarrativeFact[];
  staff: StaffFacts;
  performance: PerformanceFacts;
  assets: AssetFacts;
  sections: { title: string; source: SourceRef }[];
  issues: Issue[];
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

  const facts: NarrativeFact[] = [];
  let functionContext: FunctionContext = {};
  for (const block of blocks) {
    if (block.level < 2) functionContext = {};
    if (block.skipFacts || block.lines.length === 0) continue;
    const stream = buildStream(block.lines);
    const economic = /基本支出|机关运行经费|经济分类/.test(block.title);
    facts.push(...readFacts({ stream, scope: block.scope, file, functionNames: context.functionNames, functionContext, economic }));
  }

  const whole = buildStream(narrativeLines);
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
  return { facts, staff: readStaff(whole, file), performance, assets: readAssets(whole, file), sections, issues };
}
