import type { TableRow } from '../../model/disclosure';
import { exact, tableLabel } from '../lib/format';
import { isUncertain } from '../../model/tables';
import { defineRule, skip } from '../rule';

/** One finding per table (not per row), so a template limit such as t7's economic columns stays readable. */
export const rule = defineRule({
  id: 'unplaced-figures',
  titleZh: '表格中有无法确定所属列的数字（相关合计核对未进行）',
  severity: 'warning',
  check(d, emit) {
    // A table left uncertain by its unplaced figures is reported once, by table-uncertain.
    const tables = d.tables.filter((t) => t.rows.length > 0 && !isUncertain(t));
    if (tables.length === 0) return skip('没有解析出任何表格行');
    for (const table of tables) {
      const rows = table.rows.filter((row): row is TableRow & { unplaced: number[] } => (row.unplaced?.length ?? 0) > 0);
      if (rows.length === 0) continue;
      const figures = rows.flatMap((row) => row.unplaced.map(exact));
      const lines = rows.map((row) => row.source.line).join('、');
      emit({
        message: `${tableLabel(table)} 有 ${figures.length} 个数字（第 ${lines} 行）无法确定所属列，未计入任何合计，涉及这些行的核对未进行`,
        expected: null,
        actual: figures.join('、'),
        sources: rows.map((row) => row.source)
      });
    }
  }
});
