import { checkSum } from '../lib/compare';
import { findTable, functionRows, projectRows, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't7-projects-sum',
  titleZh: '项目支出表：合计 = 各项目之和（各科目小计 = 其下项目之和）',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't7');
    const projects = projectRows(table);
    if (!table || projects.length === 0) return skip('未找到列出项目的项目支出表');
    const total = totalRow(table);
    if (total) checkSum(emit, table, total, 'total', projects.map((row) => ({ row, measure: 'total' })), '各项目合计之和');
    for (const parent of functionRows(table)) {
      const under = projects.filter((p) => p.functionCode?.startsWith(parent.code!));
      if (under.length === 0) continue;
      checkSum(emit, table, parent, 'total', under.map((row) => ({ row, measure: 'total' })), '其下各项目之和');
    }
  }
});
