import type { TableRow } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable, functionRows, projectRows, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't7-projects-sum',
  titleZh: '项目支出表：合计 = 各项目之和（各单位、各科目小计 = 其下项目之和）',
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
    for (const { unit, under } of unitGroups(table.rows, total)) {
      checkSum(emit, table, unit, 'total', under.map((row) => ({ row, measure: 'total' })), '该单位各项目之和');
    }
  }
});

/** Departments list each unit's name as a subtotal row before its projects: the projects up to the next unit row belong to it. */
function unitGroups(rows: TableRow[], total: TableRow | undefined): { unit: TableRow; under: TableRow[] }[] {
  const groups: { unit: TableRow; under: TableRow[] }[] = [];
  for (const row of rows) {
    if (row === total) continue;
    if (row.classification === 'other' && row.values.total !== undefined) groups.push({ unit: row, under: [] });
    else if (row.classification === 'project') groups.at(-1)?.under.push(row);
  }
  return groups.filter((group) => group.under.length > 0);
}
