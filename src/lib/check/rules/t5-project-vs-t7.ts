import { compareCells } from '../lib/compare';
import { findTable, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't5-project-vs-t7',
  titleZh: '一般公共预算支出表项目支出合计 = 一般公共预算项目支出表合计',
  severity: 'error',
  check(d, emit) {
    const t5 = findTable(d, 't5');
    const t7 = findTable(d, 't7');
    const a = totalRow(t5);
    if (!t5 || !t7 || !a) return skip('一般公共预算支出表合计行或项目支出表缺失');
    const b = totalRow(t7) ?? (t7.status === 'declared_empty' ? { ...a, name: '合计（空表）', values: { total: 0 }, source: t7.emptyNote ?? a.source } : undefined);
    if (!b) return skip('项目支出表没有合计行');
    const project = { ...a, values: { project: a.values.project ?? 0 } };
    compareCells(emit, { table: t5, row: project, measure: 'project' }, { table: t7, row: b, measure: 'total' }, '项目支出在两表中应一致');
  }
});
