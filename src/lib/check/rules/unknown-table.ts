import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'unknown-table',
  titleZh: '文件中有模板之外、无法识别的表格（按原样保留，未计入核对）',
  severity: 'warning',
  check(d, emit) {
    if (d.tables.length === 0) return skip('没有识别出任何表格');
    for (const table of d.tables.filter((t) => t.id === 'unknown')) {
      const figures = table.rows.reduce((count, row) => count + (row.unplaced?.length ?? 0), 0);
      emit({
        message: `第 ${table.firstLine} 行起的《${table.titleAsPrinted}》不是该模板的已知表格：已按原样保留 ${table.rows.length} 行、${figures} 个数字，未归入任何表或核对`,
        expected: null,
        actual: table.titleAsPrinted,
        sources: table.rows.slice(0, 1).map((row) => ({ ...row.source, line: table.firstLine, text: table.titleAsPrinted }))
      });
    }
  }
});
