import { lineSource, scanLines } from '../lib/text';
import { factLabel } from '../lib/subject';
import { defineRule, skip } from '../rule';

const COMPARISON = /(?:比|较|与)\s*(\d{4})\s*年(?:度)?\s*(?:预算|相比|同期|[增减下上持])/g;

export const rule = defineRule({
  id: 'compared-year',
  titleZh: '与上年比较时所称年份应为预算年度的前一年（Y−1）',
  severity: 'warning',
  check(d, emit) {
    if (d.year === null) return skip('未识别出文件的预算年度');
    const expected = d.year - 1;
    const seen = new Set<number>();
    for (const fact of d.facts) {
      if (fact.comparedYear === undefined || fact.comparedYear === expected) continue;
      seen.add(fact.source.line);
      emit({ message: `${factLabel(fact)}与 ${fact.comparedYear} 年比较，预算年度为 ${d.year}，应与 ${expected} 年比较`, expected: String(expected), actual: String(fact.comparedYear), sources: [fact.source] });
    }
    // One finding per line at most: its first comparison with the wrong year.
    let lastEmitted = -1;
    scanLines(d, COMPARISON, (match, line, lineIndex) => {
      if (lineIndex === lastEmitted || seen.has(line.line)) return;
      const year = Number(match[1]);
      if (year === expected) return;
      lastEmitted = lineIndex;
      emit({ message: `第 ${lineSource(d, line).line} 行“${match[0]}”与 ${year} 年比较，预算年度为 ${d.year}，应为 ${expected} 年`, expected: String(expected), actual: String(year), sources: [lineSource(d, line)] });
    });
  }
});
