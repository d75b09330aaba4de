import { wan } from '../lib/format';
import { factLabel, priorOf } from '../lib/subject';
import { formatRatio, percentAgrees, percentFitsPrinted } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'narrative-change-percent',
  titleZh: '说明中的增长/下降百分比与增减额除以上年数的结果一致',
  severity: 'warning',
  check(d, emit) {
    // A percentage is checked against the stated change amount, or — where the sentence gives the
    // prior-year figure instead (上年执行数 A，本年安排 B，增加 Y%) — against B − A.
    const facts = d.facts.filter((f) => f.change?.percent && f.amount !== null && (f.change.amount !== null || f.statedPrior !== undefined));
    if (facts.length === 0) return skip('说明中没有带百分比的增减表述');
    let compared = 0;
    for (const fact of facts) {
      const percent = fact.change!.percent!;
      const stated = fact.change!.amount;
      if (stated === null) {
        const prior = fact.statedPrior!;
        if (prior <= 0) continue;
        compared++;
        const signed = fact.change!.direction === 'decrease' ? -percent.hundredths : percent.hundredths;
        if (percentFitsPrinted(percent, signed, fact.amount!, prior)) continue;
        const change = fact.amount! - prior;
        const word = fact.change!.direction === 'decrease' ? '减少' : '增加';
        emit({
          message: `${factLabel(fact)}本年 ${wan(fact.amount!)}、上年 ${wan(prior)}，称${word} ${percent.text}；实际${change < 0 ? '减少' : '增加'} ${formatRatio(Math.abs(change), prior)}`,
          expected: formatRatio(change, prior), actual: `${signed < 0 ? '-' : ''}${percent.text}`, sources: [fact.source]
        });
        continue;
      }
      const prior = priorOf(fact);
      const change = Math.abs(stated);
      // A rise from zero has no percentage (documents write 100% by convention): nothing to compare.
      if (prior === null || prior <= 0) continue;
      compared++;
      if (percentAgrees(percent, change, prior)) continue;
      emit({
        message: `${factLabel(fact)} ${wan(fact.amount!)}，增减 ${wan(change)}，称变动 ${percent.text}；上年数 ${wan(prior)}，应为 ${formatRatio(change, prior)}`,
        expected: formatRatio(change, prior), actual: percent.text, sources: [fact.source]
      });
    }
    if (compared === 0) return skip('增减表述的上年数均为零或无法推算');
  }
});
