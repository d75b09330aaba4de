import { compareFunctionRowsByCode } from '../lib/compare';
import { findTable, functionRows } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't2-vs-t3-functions',
  titleZh: '收入表与支出表中同一功能科目的合计应一致',
  severity: 'error',
  check(d, emit) {
    // A 决算's income and spending by function differ by what was carried over: nothing to compare.
    if (d.docKind === '决算') return skip('决算的收入与支出按功能科目不必相等（差额为结转结余）');
    const t2 = findTable(d, 't2');
    const t3 = findTable(d, 't3');
    const a = functionRows(t2);
    const b = functionRows(t3);
    if (!t2 || !t3 || a.length === 0 || b.length === 0) return skip('收入表或支出表缺少功能分类行');
    compareFunctionRowsByCode(emit, { table: t2, rows: a, measure: 'total' }, { table: t3, rows: b, measure: 'total' }, '同一功能科目在收入表与支出表中应一致');
  }
});
