import { checkSum } from '../lib/compare';
import { childrenIndex, economicTables, isEconomicRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'economic-hierarchy',
  titleZh: '按经济分类列示的表各列：类级 = 所属各款之和',
  severity: 'error',
  check(d, emit) {
    const tables = economicTables(d);
    if (tables.length === 0) return skip('未找到按经济分类列示的表');
    for (const table of tables) {
      const rows = table.rows.filter(isEconomicRow);
      const childrenIn = childrenIndex(rows);
      for (const parent of rows.filter((row) => row.code!.length === 3)) {
        const children = childrenIn(parent);
        if (children.length === 0) continue;
        for (const measure of table.columns) {
          if (parent.values[measure] === undefined) continue;
          checkSum(emit, table, parent, measure, children.map((row) => ({ row, measure })), '所属各款之和');
        }
      }
    }
  }
});
