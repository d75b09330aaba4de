import { exact, wan } from '../lib/format';
import { factLabel, priorOf } from '../lib/subject';
import { defineRule, skip } from '../rule';

const WORD = { increase: '增加', decrease: '减少', flat: '持平' } as const;

export const rule = defineRule({
  id: 'narrative-change-direction',
  titleZh: '增减方向与数字相符：推算的上年数不为负，“持平”时增减额为零，与所述上年数方向一致',
  severity: 'error',
  check(d, emit) {
    const facts = d.facts.filter((f) => f.change && f.amount !== null);
    if (facts.length === 0) return skip('说明中没有增减表述');
    for (const fact of facts) {
      const change = fact.change!;
      const amount = fact.amount!;
      if (change.direction === 'flat' && change.amount !== null && change.amount !== 0) {
        emit({ message: `${factLabel(fact)}称持平，但增减额为 ${wan(change.amount)}`, expected: exact(0), actual: exact(change.amount), sources: [fact.source] });
        continue;
      }
      if (fact.statedPrior !== undefined) {
        const diff = amount - fact.statedPrior;
        const actual = diff > 0 ? 'increase' : diff < 0 ? 'decrease' : 'flat';
        if (actual !== change.direction) {
          emit({ message: `${factLabel(fact)}本年 ${wan(amount)}、上年 ${wan(fact.statedPrior)}，应为${WORD[actual]}，文中却称${WORD[change.direction]}`, expected: WORD[actual], actual: WORD[change.direction], sources: [fact.source] });
          continue;
        }
      }
      const prior = priorOf(fact);
      if (prior !== null && prior < 0) {
        emit({ message: `${factLabel(fact)}本年 ${wan(amount)}，称比上年${WORD[change.direction]} ${wan(Math.abs(change.amount ?? 0))}，推算上年为负数 ${wan(prior)}`, expected: '上年数 ≥ 0', actual: exact(prior), sources: [fact.source] });
      }
    }
  }
});
