import { checkSum } from '../lib/compare';
import { functionRows, functionTables, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'function-table-total',
  titleZh: '功能分类表各列：合计（总计）= 各类之和',
  severity: 'error',
  check(d, emit) {
    let checked = 0;
    for (const table of functionTables(d)) {
      const total = totalRow(table);
      const classes = functionRows(table).filter((row) => row.code!.length === 3);
      if (!total || classes.length === 0) continue;
      checked++;
      for (const measure of table.columns) {
        if (total.values[measure] === undefined) continue;
        checkSum(emit, table, total, measure, classes.map((row) => ({ row, measure })), '各类之和');
      }
    }
    if (checked === 0) return skip('未找到带合计行和类级科目的功能分类表');
  }
});
