import { checkSum } from '../lib/compare';
import { classesTotal, findTable, functionRows } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't4-expenditure-total',
  titleZh: '财政拨款收支总表：本年支出合计（各列）= 各功能分类（类）支出之和',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't4');
    const total = classesTotal(table);
    if (!table || !total) return skip('未找到财政拨款收支总表的支出总计行');
    const classes = functionRows(table, 'expenditure').filter((row) => row.code!.length === 3);
    if (classes.length === 0) return skip('财政拨款收支总表支出侧未找到功能分类（类）行');
    for (const measure of table.columns) {
      if (total.values[measure] === undefined) continue;
      checkSum(emit, table, total, measure, classes.map((row) => ({ row, measure })), '各功能分类（类）之和');
    }
  }
});
