import { factLabel } from '../lib/subject';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'share-over-100',
  titleZh: '占比不应超过 100%',
  severity: 'error',
  check(d, emit) {
    const facts = d.facts.filter((f) => f.share);
    if (facts.length === 0) return skip('说明中没有“占 Y%”的表述');
    for (const fact of facts) {
      if (fact.share!.hundredths <= 10_000) continue;
      emit({ message: `${factLabel(fact)}称占 ${fact.share!.text}，占比超过 100%`, expected: '≤100%', actual: fact.share!.text, sources: [fact.source] });
    }
  }
});
