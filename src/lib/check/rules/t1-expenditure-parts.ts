import { checkSum } from '../lib/compare';
import { findTable, functionRows, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-expenditure-parts',
  titleZh: '收支总表：支出总计 = 各功能分类（类）支出之和（+ 结转下年）',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't1');
    const total = rowByCode(table, 'expenditure_total', 'expenditure');
    if (!table || !total) return skip('未找到收支总表的支出总计行');
    const classes = functionRows(table, 'expenditure').filter((row) => row.code!.length === 3);
    if (classes.length === 0) return skip('收支总表支出侧未找到功能分类（类）行');
    const next = rowByCode(table, 'carryover_next', 'expenditure');
    const parts = [...classes, ...(next ? [next] : [])].map((row) => ({ row, measure: 'total' as const }));
    checkSum(emit, table, total, 'total', parts, '各功能分类（类）支出之和');
  }
});
