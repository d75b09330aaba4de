import type { TableId } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable, functionRows, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

const TABLES: TableId[] = ['t2', 't3', 't5', 't8', 't9'];

export const rule = defineRule({
  id: 'function-table-total',
  titleZh: '功能分类表各列：合计（总计）= 各类之和',
  severity: 'error',
  check(d, emit) {
    let checked = 0;
    for (const id of TABLES) {
      const table = findTable(d, id);
      const total = totalRow(table);
      const classes = functionRows(table).filter((row) => row.code!.length === 3);
      if (!table || !total || classes.length === 0) continue;
      checked++;
      for (const measure of table.columns) {
        if (total.values[measure] === undefined) continue;
        checkSum(emit, table, total, measure, classes.map((row) => ({ row, measure })), '各类之和');
      }
    }
    if (checked === 0) return skip('未找到带合计行和类级科目的功能分类表');
  }
});
