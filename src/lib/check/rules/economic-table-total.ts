import { checkSum } from '../lib/compare';
import { findTable, isEconomicRow, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'economic-table-total',
  titleZh: '基本支出表各列：合计 = 各经济分类类级之和',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't6');
    const total = totalRow(table);
    const classes = (table?.rows ?? []).filter((row) => isEconomicRow(row) && row.code!.length === 3);
    if (!table || !total || classes.length === 0) return skip('未找到基本支出表的合计行或经济分类类级行');
    for (const measure of table.columns) {
      if (total.values[measure] === undefined) continue;
      checkSum(emit, table, total, measure, classes.map((row) => ({ row, measure })), '各经济分类类级之和');
    }
  }
});
