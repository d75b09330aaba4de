import { tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'table-no-rows',
  titleZh: '出现了表头却没有任何数据行、也没有空表说明的表格',
  severity: 'warning',
  check(d, emit) {
    const present = d.tables.filter((t) => t.status === 'present');
    if (present.length === 0) return skip('没有识别出任何表格');
    for (const table of present.filter((t) => t.rows.length === 0 && !t.emptyNote)) {
      emit({
        message: `${tableLabel(table)}（第 ${table.firstLine}–${table.lastLine} 行）没有数据行，也没有说明为空表`,
        expected: '数据行或空表说明', actual: null, sources: [{ file: d.sourceFile, page: table.page, line: table.firstLine, text: table.titleAsPrinted }]
      });
    }
  }
});
