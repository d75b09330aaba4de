import { tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'table-missing',
  titleZh: '模板规定的表格应当出现（或注明为空表）',
  severity: 'warning',
  check(d, emit) {
    if (d.tables.length === 0) return skip('没有识别出任何表格（模板未知时无法判断缺哪些表）');
    for (const table of d.tables.filter((t) => t.status === 'missing')) {
      emit({ message: `未找到${tableLabel(table, table.id)}，也没有说明其为空表`, expected: '表格或空表说明', actual: null, sources: [] });
    }
  }
});
