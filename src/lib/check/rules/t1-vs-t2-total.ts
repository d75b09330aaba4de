import { compareCells } from '../lib/compare';
import { findTable, rowByCode, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-vs-t2-total',
  titleZh: '收支总表收入总计 = 收入总体情况表合计',
  severity: 'error',
  check(d, emit) {
    const t1 = findTable(d, 't1');
    const t2 = findTable(d, 't2');
    // A 收入表 without carry-over columns (决算, Shanghai) counts this year's income only.
    const withCarryover = t2?.columns.some((column) => column === 'carryover' || column === 'non_appropriation_carryover');
    const a = (withCarryover ? undefined : rowByCode(t1, 'current_income', 'income')) ?? rowByCode(t1, 'income_total', 'income');
    const b = totalRow(t2);
    if (!t1 || !t2 || !a || !b) return skip('收支总表收入总计或收入表合计行缺失');
    compareCells(emit, { table: t1, row: a, measure: 'total' }, { table: t2, row: b, measure: 'total' }, '两表收入合计应一致');
  }
});
