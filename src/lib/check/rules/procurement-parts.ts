import type { SubjectKind } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { rounding } from '../lib/compare';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

const PARTS: SubjectKind[] = ['procurement_goods', 'procurement_works', 'procurement_services'];

export const rule = defineRule({
  id: 'procurement-parts',
  titleZh: '政府采购预算 = 货物 + 工程 + 服务',
  severity: 'error',
  check(d, emit) {
    const first = (kind: SubjectKind) => d.facts.find((f) => f.subject.kind === kind && f.amount !== null);
    const total = first('procurement_total');
    const parts = PARTS.map(first).filter((f) => f !== undefined);
    if (!total || parts.length < 2) return skip('说明中没有政府采购总额及其货物/工程/服务分项');
    const sum = parts.reduce((acc, f) => acc + f!.amount!, 0);
    if (amountsAgree(sum, total.amount!)) return;
    const { severity, note } = rounding(total.amount! - sum, parts.length + 1, '万元');
    emit({
      message: `说明第 ${total.source.line} 行政府采购预算 ${wan(total.amount!)}，货物、工程、服务之和为 ${wan(sum)}（相差 ${wan(total.amount! - sum)}${note}）`,
      expected: exact(sum), actual: exact(total.amount!), sources: [total.source, ...parts.map((f) => f!.source)],
      ...(severity ? { severity } : {})
    });
  }
});
