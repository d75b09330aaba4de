import { compareCells } from '../lib/compare';
import { findTable, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't5-basic-vs-t6',
  titleZh: '一般公共预算支出表基本支出合计 = 一般公共预算基本支出表合计',
  severity: 'error',
  check(d, emit) {
    const t5 = findTable(d, 't5');
    const t6 = findTable(d, 't6');
    const a = totalRow(t5);
    const b = totalRow(t6);
    if (!t5 || !t6 || !a || !b) return skip('一般公共预算支出表或基本支出表的合计行缺失');
    compareCells(emit, { table: t5, row: a, measure: 'basic' }, { table: t6, row: b, measure: 'total' }, '基本支出在两表中应一致');
  }
});
