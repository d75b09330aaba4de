import { compareCells } from '../lib/compare';
import { classesTotal, findTable, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-vs-t3-total',
  titleZh: '收支总表支出总计 = 支出总体情况表合计',
  severity: 'error',
  check(d, emit) {
    const t1 = findTable(d, 't1');
    const t3 = findTable(d, 't3');
    // The 支出表 counts this year's spending: 本年支出合计 where the 收支总表 prints it.
    const a = classesTotal(t1);
    const b = totalRow(t3);
    if (!t1 || !t3 || !a || !b) return skip('收支总表支出总计或支出表合计行缺失');
    compareCells(emit, { table: t1, row: a, measure: 'total' }, { table: t3, row: b, measure: 'total' }, '两表支出合计应一致');
  }
});
