import type { TableRow } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable, incomeSources, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't1-income-parts',
  titleZh: '收支总表：收入总计 = 本年收入 + 上年结转结余；本年收入 = 各项收入之和',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't1');
    const total = rowByCode(table, 'income_total', 'income');
    if (!table || !total) return skip('未找到收支总表的收入总计行');
    const current = rowByCode(table, 'current_income', 'income');
    const carryovers = ['carryover', 'unused_surplus'].map((key) => rowByCode(table, key, 'income')).filter((row): row is TableRow => row !== undefined);
    const sources = incomeSources(table);
    if (current) {
      checkSum(emit, table, total, 'total', [current, ...carryovers].map((row) => ({ row, measure: 'total' })), '本年收入与上年结转结余之和');
      if (sources.length > 0) checkSum(emit, table, current, 'total', sources.map((row) => ({ row, measure: 'total' })), '各项收入之和');
    } else if (sources.length > 0) {
      checkSum(emit, table, total, 'total', [...sources, ...carryovers].map((row) => ({ row, measure: 'total' })), '各项收入与上年结转结余之和');
    } else return skip('收支总表中未找到本年收入或各项收入行');
  }
});
