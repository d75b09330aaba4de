import type { ParsedTable, TableRow } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

/**
 * Each income row of 收支总表 that the table breaks down (the "其中：…" rows printed under it,
 * one level deeper) equals the sum of its breakdown — e.g. 一般公共预算拨款 = 一般财力 +
 * 上级一般公共预算安排转移支付; 上年结转结余 = 财政拨款结转 + 非财政拨款结转结余.
 */
export const rule = defineRule({
  id: 't1-income-breakdown',
  titleZh: '收支总表：每项收入 = 其下所列“其中”各项之和（如一般公共预算拨款 = 一般财力 + 上级转移支付）',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't1');
    if (!table) return skip('未找到收支总表');
    const groups = breakdowns(table);
    if (groups.length === 0) return skip('收支总表的收入方没有分层列示的“其中”项目');
    for (const { parent, children } of groups) {
      checkSum(emit, table, parent, 'total', children.map((row) => ({ row, measure: 'total' })), `其下${children.map((row) => `“${row.name}”`).join('、')}之和`);
    }
  }
});

/** Income rows (level ≥ 1) with the rows printed directly beneath them one level deeper. */
function breakdowns(table: ParsedTable): { parent: TableRow; children: TableRow[] }[] {
  const income = table.rows.filter((row) => row.side === 'income' && row.classification === 'income');
  const groups: { parent: TableRow; children: TableRow[] }[] = [];
  income.forEach((parent, index) => {
    if (parent.level < 1) return;
    const children: TableRow[] = [];
    for (const row of income.slice(index + 1)) {
      if (row.level <= parent.level) break;
      if (row.level === parent.level + 1) children.push(row);
    }
    if (children.length > 0) groups.push({ parent, children });
  });
  return groups;
}
