import { checkSum } from '../lib/compare';
import { economicTables, isEconomicRow, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'economic-table-total',
  titleZh: '按经济分类列示的表各列：合计 = 各经济分类类级之和',
  severity: 'error',
  check(d, emit) {
    let checked = 0;
    for (const table of economicTables(d)) {
      const total = totalRow(table);
      const classes = table.rows.filter((row) => isEconomicRow(row) && row.code!.length === 3);
      if (!total || classes.length === 0) continue;
      checked++;
      for (const measure of table.columns) {
        if (total.values[measure] === undefined) continue;
        checkSum(emit, table, total, measure, classes.map((row) => ({ row, measure })), '各经济分类类级之和');
      }
    }
    if (checked === 0) return skip('未找到按经济分类列示的表的合计行或经济分类类级行');
  }
});
