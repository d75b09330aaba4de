import type { NarrativeFact } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { signedChange } from '../lib/subject';
import { findTable, functionRows } from '../lib/tables';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'change-function-items',
  titleZh: '一般公共预算各项（项级科目）增减额之和 = 一般公共预算拨款总增减额',
  severity: 'warning',
  check(d, emit) {
    // 项-level items: a 7-digit code, or a 类/款/项 name path whose code the tables do not carry
    // (an item budgeted last year and not this year has no table row but still changes the total).
    const isItem = (f: NarrativeFact) => (f.subject.code?.length ?? 0) === 7 || (!f.subject.code && (f.subject.name?.split('/').length ?? 0) === 3);
    const items = d.facts.filter((f) => f.subject.kind === 'function' && f.subject.scope === 'general_budget' && isItem(f) && signedChange(f) !== null);
    const total = ['general_budget', 'all', 'appropriation']
      .map((scope) => d.facts.find((f) => f.subject.kind === 'general_budget' && f.subject.scope === scope && signedChange(f) !== null))
      .find(Boolean);
    if (items.length === 0 || !total) return skip('说明中没有逐项科目的增减额或一般公共预算总增减额');
    const t5 = findTable(d, 't5');
    const tableItems = functionRows(t5).filter((r) => r.code!.length === 7 && (r.values.total ?? 0) !== 0);
    const stated = new Set(items.map((f) => f.subject.code));
    const missing = tableItems.filter((r) => !stated.has(r.code!));
    if (!t5 || missing.length > 0) return skip(`说明未逐项说明全部科目的增减（缺 ${missing.map((r) => r.code).join('、') || '一般公共预算支出表'}），无法核对合计`);
    const sum = items.reduce((acc, f) => acc + signedChange(f)!, 0);
    const change = signedChange(total)!;
    if (amountsAgree(sum, change)) return;
    emit({
      message: `说明中各项科目增减额之和为 ${wan(sum)}，而一般公共预算拨款比上年增减 ${wan(change)}（第 ${total.source.line} 行）`,
      expected: exact(change), actual: exact(sum), sources: [total.source, ...items.map((f) => f.source)]
    });
  }
});
