import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't6-row-personnel-public',
  titleZh: '基本支出表每行：合计 = 人员经费 + 公用经费',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't6');
    if (!table || !table.columns.includes('personnel') || !table.columns.includes('public')) return skip('未找到含人员经费/公用经费列的基本支出表');
    for (const row of table.rows) {
      if (row.values.total === undefined || Object.keys(row.values).length < 2) continue;
      checkSum(emit, table, row, 'total', [{ row, measure: 'personnel' }, { row, measure: 'public' }], '人员经费与公用经费之和');
    }
  }
});
