import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't7-project-columns',
  titleZh: '项目支出表每行：合计 = 各经济分类列之和',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't7');
    const econ = (table?.columns ?? []).filter((m) => m.startsWith('econ_'));
    if (!table || econ.length === 0) return skip('项目支出表未识别出经济分类列');
    for (const row of table.rows) {
      if (row.values.total === undefined || Object.keys(row.values).length < 2) continue;
      checkSum(emit, table, row, 'total', econ.map((measure) => ({ row, measure })), '各经济分类列之和');
    }
  }
});
