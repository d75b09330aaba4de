import { exact, rowLabel, tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'unplaced-figures',
  titleZh: '表格中有无法确定所属列的数字（相关合计核对未进行）',
  severity: 'warning',
  check(d, emit) {
    const tables = d.tables.filter((t) => t.rows.length > 0);
    if (tables.length === 0) return skip('没有解析出任何表格行');
    for (const table of tables) {
      for (const row of table.rows) {
        if (!row.unplaced?.length) continue;
        const figures = row.unplaced.map(exact).join('、');
        emit({
          message: `${tableLabel(table)} “${rowLabel(row)}” 中的数字 ${figures}（万元）无法确定所属列，未计入任何合计，涉及该行的核对未进行`,
          expected: null,
          actual: figures,
          sources: [row.source]
        });
      }
    }
  }
});
