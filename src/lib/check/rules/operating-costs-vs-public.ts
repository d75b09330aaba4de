import { exact, tableLabel, wan } from '../lib/format';
import { findTable, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'operating-costs-vs-public',
  titleZh: '机关运行经费与基本支出表公用经费对照（行政单位通常相等，仅提示）',
  severity: 'info',
  check(d, emit) {
    const fact = d.facts.find((f) => f.subject.kind === 'operating_costs' && f.amount !== null);
    const t6 = findTable(d, 't6');
    const total = totalRow(t6);
    const publicFunds = total?.values.public;
    if (!fact || !t6 || !total || publicFunds === undefined) return skip('说明中没有机关运行经费金额，或基本支出表没有公用经费合计');
    if (fact.amount === publicFunds) return;
    emit({
      message: `说明${fact.source.line ? `第 ${fact.source.line} 行` : ''}机关运行经费 ${wan(fact.amount!)}，${tableLabel(t6)} 公用经费合计 ${wan(publicFunds)}（相差 ${wan(fact.amount! - publicFunds)}）`,
      expected: exact(publicFunds), actual: exact(fact.amount!), sources: [fact.source, total.source]
    });
  }
});
