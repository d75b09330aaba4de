import type { Measure } from '../../model/disclosure';
import { compareCells } from '../lib/compare';
import { findTable, rowByCode, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

const SOURCES: Measure[] = ['general_budget', 'gov_fund', 'state_capital', 'fiscal_special', 'unit_funds', 'carryover'];

export const rule = defineRule({
  id: 't1-vs-t2-sources',
  titleZh: '收支总表各项收入 = 收入表合计行对应收入来源列',
  severity: 'error',
  check(d, emit) {
    const t1 = findTable(d, 't1');
    const t2 = findTable(d, 't2');
    const total = totalRow(t2);
    if (!t1 || !t2 || !total) return skip('收支总表或收入表合计行缺失');
    for (const measure of SOURCES) {
      const row = rowByCode(t1, measure, 'income');
      if (!row || !t2.columns.includes(measure)) continue;
      const printed = { ...total, values: { ...total.values, [measure]: total.values[measure] ?? 0 } };
      compareCells(emit, { table: t1, row, measure: 'total' }, { table: t2, row: printed, measure }, '两表同一收入来源应一致');
    }
  }
});
