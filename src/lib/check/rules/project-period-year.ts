/** A 预算's project descriptions give an 实施周期 that reaches into the budget year (not one that ended before it). */
import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

/** "实施周期：2025年1月1日-2025年12月31日" (one date or a range). */
const PERIOD = /实施周期[：:\s]*(\d{4}\s*年(?:\d{4}\s*年|[\d\s月日号.\-－—~～至到])*)/g;

export const rule = defineRule({
  id: 'project-period-year',
  titleZh: '预算项目的实施周期应覆盖预算年度',
  severity: 'warning',
  check(d, emit) {
    if (d.year === null) return skip('未识别出预算年度');
    if (d.docKind === '决算') return skip('决算中的实施周期可在上年');
    let found = false;
    scanText(d, PERIOD, (match, line) => {
      const years = [...match[1]!.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
      if (years.length === 0) return;
      found = true;
      const end = Math.max(...years);
      if (end >= d.year!) return;
      emit({
        message: `第 ${lineSource(d, line).line} 行实施周期为“${match[1]!.trim()}”，在 ${d.year} 年预算年度之前已结束`,
        expected: `${d.year}`, actual: `${end}`, sources: [lineSource(d, line)]
      });
    });
    if (!found) return skip('说明中没有带年份的实施周期');
  }
});
