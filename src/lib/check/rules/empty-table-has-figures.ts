import { exact, tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'empty-table-has-figures',
  titleZh: '声明为空表的表格不应列出金额',
  severity: 'error',
  check(d, emit) {
    const empty = d.tables.filter((t) => t.status === 'declared_empty');
    if (empty.length === 0) return skip('没有声明为空表的表格');
    for (const table of empty) {
      const rows = table.rows.filter((r) => Object.values(r.values).some((v) => v !== undefined && v !== 0));
      if (rows.length === 0) continue;
      const first = rows[0]!;
      const value = Object.values(first.values).find((v) => v !== undefined && v !== 0)!;
      emit({
        message: `${tableLabel(table)}声明为空表，却列有 ${rows.length} 行金额（如“${first.name}” ${exact(value)} 万元）`,
        expected: exact(0), actual: exact(value), sources: [table.emptyNote, ...rows.map((r) => r.source)]
      });
    }
  }
});
