import { checkSum } from '../lib/compare';
import { childrenIndex, functionRows, functionTables } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'function-hierarchy',
  titleZh: '功能分类表各列：类 = Σ 款，款 = Σ 项',
  severity: 'error',
  check(d, emit) {
    let checked = 0;
    for (const table of functionTables(d)) {
      const rows = functionRows(table);
      const childrenIn = childrenIndex(rows);
      for (const parent of rows.filter((row) => row.code!.length < 7)) {
        const children = childrenIn(parent);
        if (children.length === 0) continue;
        checked++;
        for (const measure of table.columns) {
          if (parent.values[measure] === undefined && children.every((c) => c.values[measure] === undefined)) continue;
          const level = parent.code!.length === 3 ? '所属各款之和' : '所属各项之和';
          if (parent.values[measure] === undefined) continue;
          checkSum(emit, table, parent, measure, children.map((row) => ({ row, measure })), level);
        }
      }
    }
    if (checked === 0) return skip('未找到带类/款/项层级的功能分类表');
  }
});
