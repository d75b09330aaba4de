/**
 * An item of the narrative states its figure, then restates it as "YYYY年预算安排 X 万元" for the
 * budget year; the two must be the same figure (Shanghai items: "住房公积金 208.8万元 … 2026年预算安排201.50万元").
 */
import { wanyuan } from '../../model/amount';
import type { NarrativeFact } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { factLabel } from '../lib/subject';
import { lineSource } from '../lib/text';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

const RESTATED = /(\d{4})\s*年(?:度)?(?:预算安排|安排预算)\s*([\d,]+(?:\.\d+)?)\s*万元/g;
/** How many lines an item runs on after the line that states its figure. */
const ITEM_LINES = 3;

export const rule = defineRule({
  id: 'narrative-restated-amount',
  titleZh: '同一项说明中本年金额前后表述一致（“…X万元……本年预算安排X万元”）',
  severity: 'error',
  check(d, emit) {
    if (d.year === null) return skip('未识别出预算年度');
    const facts = d.facts.filter((f) => f.subject.kind === 'function' && f.amount !== null);
    if (facts.length === 0) return skip('说明中没有逐项科目金额');
    const key = (s: { file: string; line: number }) => `${s.file}:${s.line}`;
    const factLines = new Set(d.facts.map((f) => key(f.source)));
    // Each fact's line in d.lines; only lines whose number a fact names are keyed (keying every
    // line of every document was most of this rule's time). A repeated key keeps its last line.
    const factLineNumbers = new Set(facts.map((fact) => fact.source.line));
    const index = new Map<string, number>();
    d.lines.forEach((line, i) => {
      const source = lineSource(d, line);
      if (factLineNumbers.has(source.line)) index.set(key(source), i);
    });
    const seen = new Set<string>();
    for (const fact of facts) {
      if (seen.has(key(fact.source))) continue;
      seen.add(key(fact.source));
      const start = index.get(key(fact.source));
      if (start === undefined) continue;
      // The item's text: its first line and the lines after it up to the next stated item.
      const lines = [d.lines[start]!];
      for (let i = start + 1; i < d.lines.length && lines.length <= ITEM_LINES && !factLines.has(key(lineSource(d, d.lines[i]!))); i++) lines.push(d.lines[i]!);
      const text = lines.map((l) => l.text.trim()).join('');
      for (const match of text.matchAll(RESTATED)) {
        if (Number(match[1]) !== d.year) continue;
        const restated = wanyuan(match[2]!.replace(/,/g, ''));
        if (restated === null || amountsAgree(restated, fact.amount!)) continue;
        const at = lines.find((l) => l.text.replace(/\s+/g, '').includes(match[0].replace(/\s+/g, ''))) ?? lines[lines.length - 1]!;
        emit(finding(fact, restated, match[0], lineSource(d, at)));
      }
    }
  }
});

function finding(fact: NarrativeFact, restated: number, text: string, at: ReturnType<typeof lineSource>) {
  return {
    message: `${factLabel(fact)}为 ${wan(fact.amount!)}，同一项又写“${text}”（${wan(restated)}）`,
    expected: exact(fact.amount!), actual: exact(restated), sources: [fact.source, at]
  };
}
