import { compareFunctionRowsByCode } from '../lib/compare';
import { findTable, functionRows } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-vs-t3-functions',
  titleZh: '收支总表各功能分类（类）支出 = 支出表同一科目合计',
  severity: 'error',
  check(d, emit) {
    const t1 = findTable(d, 't1');
    const t3 = findTable(d, 't3');
    const a = functionRows(t1, 'expenditure').filter((r) => r.code!.length === 3 && (r.values.total ?? 0) !== 0);
    const b = functionRows(t3).filter((r) => r.code!.length === 3);
    if (!t1 || !t3 || a.length === 0 || b.length === 0) return skip('收支总表或支出表缺少功能分类（类）行');
    compareFunctionRowsByCode(emit, { table: t1, rows: a, measure: 'total' }, { table: t3, rows: b, measure: 'total' }, '同一功能科目在两表中应一致');
  }
});
