import type { NarrativeFact } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { sameSubject, signedChange, subjectLabel } from '../lib/subject';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'narrative-duplicate',
  titleZh: '说明中同一数量前后两次表述的金额或增减额应相同',
  severity: 'warning',
  check(d, emit) {
    const facts = d.facts.filter((f) => f.amount !== null);
    if (facts.length < 2) return skip('说明中可比较的金额不足两处');
    const reported = new Set<NarrativeFact>();
    facts.forEach((a, i) => {
      for (const b of facts.slice(i + 1)) {
        if (reported.has(b) || !sameSubject(a.subject, b.subject)) continue;
        const ca = signedChange(a);
        const cb = signedChange(b);
        const amountDiffers = a.amount !== b.amount;
        const changeDiffers = ca !== null && cb !== null && ca !== cb;
        if (!amountDiffers && !changeDiffers) continue;
        reported.add(b);
        const what = amountDiffers ? `金额 ${wan(a.amount!)} 与 ${wan(b.amount!)}` : `增减额 ${wan(ca!)} 与 ${wan(cb!)}`;
        emit({
          message: `“${subjectLabel(a.subject)}”在说明第 ${a.source.line} 行与第 ${b.source.line} 行的${what}不一致`,
          expected: exact(amountDiffers ? a.amount! : ca!), actual: exact(amountDiffers ? b.amount! : cb!), sources: [a.source, b.source]
        });
      }
    });
  }
});
