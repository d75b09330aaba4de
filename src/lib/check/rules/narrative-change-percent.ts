import { exact, wan } from '../lib/format';
import { factLabel, priorOf } from '../lib/subject';
import { formatRatio, percentAgrees } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'narrative-change-percent',
  titleZh: '说明中的增长/下降百分比与增减额除以上年数的结果一致',
  severity: 'warning',
  check(d, emit) {
    const facts = d.facts.filter((f) => f.change?.percent && f.change.amount !== null && f.amount !== null);
    if (facts.length === 0) return skip('说明中没有带百分比的增减表述');
    let compared = 0;
    for (const fact of facts) {
      const prior = priorOf(fact);
      const change = Math.abs(fact.change!.amount!);
      // A rise from zero has no percentage (documents write 100% by convention): nothing to compare.
      if (prior === null || prior <= 0) continue;
      compared++;
      const percent = fact.change!.percent!;
      if (percentAgrees(percent, change, prior)) continue;
      emit({
        message: `${factLabel(fact)} ${wan(fact.amount!)}，增减 ${wan(change)}，称变动 ${percent.text}；上年数 ${wan(prior)}，应为 ${formatRatio(change, prior)}`,
        expected: formatRatio(change, prior), actual: percent.text, sources: [fact.source]
      });
    }
    if (compared === 0) return skip('增减表述的上年数均为零或无法推算');
  }
});
