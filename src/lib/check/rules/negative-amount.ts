import { cellLabel, exact, wan } from '../lib/format';
import type { Measure } from '../../model/disclosure';
import { isUncertain } from '../../model/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'negative-amount',
  titleZh: '预算表中不应出现负数金额',
  severity: 'error',
  check(d, emit) {
    const tables = d.tables.filter((t) => t.rows.length > 0 && !isUncertain(t));
    if (tables.length === 0) return skip('没有解析出任何表格行');
    for (const table of tables) {
      for (const row of table.rows) {
        for (const [measure, value] of Object.entries(row.values) as [Measure, number][]) {
          if (value >= 0) continue;
          emit({ message: `${cellLabel(table, row, measure)} 为负数 ${wan(value)}`, expected: null, actual: exact(value), sources: [row.source] });
        }
      }
    }
  }
});
