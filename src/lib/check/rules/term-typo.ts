/**
 * Budget terms misspelt by one character ("财政转专户管理资金" for 财政专户管理资金): a span that
 * begins and ends like a standard term and is one edit away from it.
 */
import { editDistance, joinedText, lineSource } from '../lib/text';
import { defineRule, skip } from '../rule';

const TERMS = ['财政专户管理资金', '一般公共预算', '政府性基金预算', '国有资本经营预算', '单位预留机动经费', '机关运行经费', '公务用车购置及运行费', '因公出国（境）费'];

export const rule = defineRule({
  id: 'term-typo',
  titleZh: '预算术语写错字（如“财政转专户管理资金”）',
  severity: 'warning',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    const joined = joinedText(d);
    const { text } = joined;
    const seen = new Set<string>();
    for (const term of TERMS) {
      const head = term.slice(0, 2);
      const tail = term.slice(-2);
      for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
        for (const length of [term.length - 1, term.length + 1, term.length]) {
          const span = text.slice(i, i + length);
          if (span === term || !span.endsWith(tail) || TERMS.includes(span) || editDistance(span, term) !== 1) continue;
          const line = joined.lineAt(i);
          const key = `${line.line}:${span}`;
          if (seen.has(key)) continue;
          seen.add(key);
          emit({ message: `第 ${lineSource(d, line).line} 行“${span}”应为“${term}”`, expected: term, actual: span, sources: [lineSource(d, line)] });
        }
      }
    }
  }
});
