import { exact, wan } from '../lib/format';
import { shareBases } from '../lib/share-base';
import { factLabel } from '../lib/subject';
import { formatRatio, percentAgrees } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'narrative-share',
  titleZh: '说明中的“占 Y%”与所述金额除以相应总额的结果一致',
  severity: 'warning',
  check(d, emit) {
    const facts = d.facts.filter((f) => f.share && f.amount !== null);
    if (facts.length === 0) return skip('说明中没有“占 Y%”的表述');
    let compared = 0;
    for (const fact of facts) {
      const bases = shareBases(d, fact).filter((candidate) => candidate.value !== 0);
      const base = bases[0];
      if (!base) continue;
      compared++;
      if (bases.some((candidate) => percentAgrees(fact.share!, fact.amount!, candidate.value))) continue;
      emit({
        message: `${factLabel(fact)} ${wan(fact.amount!)} 称占 ${fact.share!.text}，按${base.label} ${wan(base.value)} 计算应为 ${formatRatio(fact.amount!, base.value)}`,
        expected: formatRatio(fact.amount!, base.value), actual: fact.share!.text, sources: [fact.source, base.source]
      });
    }
    if (compared === 0) return skip('“占 Y%”所对应的总额在表格中找不到');
  }
});
