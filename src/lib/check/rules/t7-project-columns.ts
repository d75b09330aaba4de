import type { Fen } from '../../model/amount';
import { checkSum } from '../lib/compare';
import { cellLabel, exact, wan } from '../lib/format';
import { findTable } from '../lib/tables';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't7-project-columns',
  titleZh: '项目支出表每行：合计 = 各经济分类列之和',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't7');
    const econ = (table?.columns ?? []).filter((m) => m.startsWith('econ_'));
    if (!table || econ.length === 0) return skip('项目支出表未识别出经济分类列');
    for (const row of table.rows) {
      const total = row.values.total;
      if (total === undefined) continue;
      if (!row.unplaced?.length) {
        if (Object.keys(row.values).length >= 2) checkSum(emit, table, row, 'total', econ.map((measure) => ({ row, measure })), '各经济分类列之和');
        continue;
      }
      // Economic figures whose column is unknown still add up to the row's 合计, whatever their columns.
      const sum = econ.reduce<Fen>((acc, measure) => acc + (row.values[measure] ?? 0), 0) + row.unplaced.reduce<Fen>((acc, figure) => acc + figure, 0);
      if (amountsAgree(total, sum)) continue;
      emit({
        message: `${cellLabel(table, row, 'total')} 为 ${wan(total)}，而该行各经济分类数字之和为 ${wan(sum)}（相差 ${wan(total - sum)}）`,
        expected: exact(sum),
        actual: exact(total),
        sources: [row.source]
      });
    }
  }
});
