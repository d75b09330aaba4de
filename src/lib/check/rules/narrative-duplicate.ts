import type { NarrativeFact } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { signedChange, subjectKey, subjectLabel } from '../lib/subject';
import { defineRule, skip } from '../rule';

interface Seen {
  /** The first fact stating each amount (and each change), in document order. */
  byAmount: Map<number, { fact: NarrativeFact; index: number }>;
  byChange: Map<number, { fact: NarrativeFact; index: number }>;
}

export const rule = defineRule({
  id: 'narrative-duplicate',
  titleZh: '说明中同一数量前后两次表述的金额或增减额应相同',
  severity: 'warning',
  check(d, emit) {
    const facts = d.facts.filter((f) => f.amount !== null);
    if (facts.length < 2) return skip('说明中可比较的金额不足两处');
    // Facts are compared only with earlier facts of the same subject, through the distinct
    // amounts and changes stated so far: linear in the facts, however often a subject recurs.
    const subjects = new Map<string, Seen>();
    facts.forEach((b, index) => {
      const key = subjectKey(b.subject);
      const seen = subjects.get(key) ?? { byAmount: new Map(), byChange: new Map() };
      subjects.set(key, seen);
      const cb = signedChange(b);
      const earliest = (map: Seen['byAmount'], differs: (value: number) => boolean) => {
        let first: { fact: NarrativeFact; index: number } | null = null;
        for (const [value, entry] of map) if (differs(value) && (!first || entry.index < first.index)) first = entry;
        return first;
      };
      const byAmount = earliest(seen.byAmount, (amount) => amount !== b.amount);
      const byChange = cb === null ? null : earliest(seen.byChange, (change) => change !== cb);
      const a = [byAmount, byChange].filter((entry) => entry !== null).sort((x, y) => x!.index - y!.index)[0]?.fact;
      if (!seen.byAmount.has(b.amount!)) seen.byAmount.set(b.amount!, { fact: b, index });
      if (cb !== null && !seen.byChange.has(cb)) seen.byChange.set(cb, { fact: b, index });
      if (!a) return;
      const ca = signedChange(a);
      const amountDiffers = a.amount !== b.amount;
      const what = amountDiffers ? `金额 ${wan(a.amount!)} 与 ${wan(b.amount!)}` : `增减额 ${wan(ca!)} 与 ${wan(cb!)}`;
      emit({
        message: `“${subjectLabel(a.subject)}”在说明第 ${a.source.line} 行与第 ${b.source.line} 行的${what}不一致`,
        expected: exact(amountDiffers ? a.amount! : ca!), actual: exact(amountDiffers ? b.amount! : cb!), sources: [a.source, b.source]
      });
    });
  }
});
