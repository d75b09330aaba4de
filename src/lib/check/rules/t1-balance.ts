import { compareCells } from '../lib/compare';
import { findTable, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-balance',
  titleZh: '收支总表：收入总计应等于支出总计',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't1');
    const income = rowByCode(table, 'income_total', 'income');
    const expenditure = rowByCode(table, 'expenditure_total', 'expenditure');
    if (!table || !income || !expenditure) return skip('未找到收支总表或其收入总计/支出总计行');
    compareCells(emit, { table, row: income, measure: 'total' }, { table, row: expenditure, measure: 'total' }, '收支总表两侧应平衡');
  }
});
