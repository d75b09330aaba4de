import type { SubjectKind } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'procurement-sme',
  titleZh: '面向小微企业预留 ≤ 面向中小企业预留 ≤ 政府采购预算',
  severity: 'error',
  check(d, emit) {
    const first = (kind: SubjectKind) => d.facts.find((f) => f.subject.kind === kind && f.amount !== null);
    const chain = [first('procurement_small_micro'), first('procurement_sme'), first('procurement_total')];
    const names = ['面向小微企业预留', '面向中小企业预留', '政府采购预算'];
    if (chain.filter(Boolean).length < 2) return skip('说明中没有面向中小企业/小微企业预留金额');
    for (let i = 0; i < 2; i++) {
      const part = chain[i];
      const whole = chain.slice(i + 1).find(Boolean);
      const wholeName = names[chain.indexOf(whole)];
      if (!part || !whole || part.amount! <= whole.amount!) continue;
      emit({
        message: `说明第 ${part.source.line} 行${names[i]} ${wan(part.amount!)}，大于其所属的${wholeName} ${wan(whole.amount!)}（第 ${whole.source.line} 行）`,
        expected: `≤ ${exact(whole.amount!)}`, actual: exact(part.amount!), sources: [part.source, whole.source]
      });
    }
  }
});
