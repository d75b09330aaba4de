import { compareCells } from '../lib/compare';
import { findTable, rowByCode, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-vs-t3-total',
  titleZh: '收支总表支出总计 = 支出总体情况表合计',
  severity: 'error',
  check(d, emit) {
    const t1 = findTable(d, 't1');
    const t3 = findTable(d, 't3');
    const a = rowByCode(t1, 'expenditure_total', 'expenditure');
    const b = totalRow(t3);
    if (!t1 || !t3 || !a || !b) return skip('收支总表支出总计或支出表合计行缺失');
    const next = rowByCode(t1, 'carryover_next', 'expenditure')?.values.total ?? 0;
    const adjusted = next ? { ...a, values: { total: (a.values.total ?? 0) - next } } : a;
    compareCells(emit, { table: t1, row: adjusted, measure: 'total' }, { table: t3, row: b, measure: 'total' }, '两表支出合计应一致');
  }
});
