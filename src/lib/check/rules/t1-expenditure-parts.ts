import type { TableRow } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { classesTotal, findTable, functionRows, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-expenditure-parts',
  titleZh: '收支总表：本年支出合计 = 各功能分类（类）支出之和；支出总计 = 本年支出合计 + 年末结转和结余',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't1');
    const total = classesTotal(table);
    if (!table || !total) return skip('未找到收支总表的支出总计行');
    const classes = functionRows(table, 'expenditure').filter((row) => row.code!.length === 3);
    if (classes.length === 0) return skip('收支总表支出侧未找到功能分类（类）行');
    checkSum(emit, table, total, 'total', classes.map((row) => ({ row, measure: 'total' as const })), '各功能分类（类）支出之和');
    // 支出总计 = 本年支出合计 + 年末结转和结余 (+ 结余分配) where the table prints them.
    const grand = rowByCode(table, 'expenditure_total', 'expenditure');
    const after = ['closing_carryover', 'surplus_distribution'].map((key) => rowByCode(table, key, 'expenditure')).filter((row): row is TableRow => row !== undefined);
    if (grand && grand !== total && after.length > 0) {
      checkSum(emit, table, grand, 'total', [total, ...after].map((row) => ({ row, measure: 'total' as const })), '本年支出合计与年末结转和结余之和');
    }
  }
});
