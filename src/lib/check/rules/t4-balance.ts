import type { Measure } from '../../model/disclosure';
import { compareCells } from '../lib/compare';
import { cell, classesTotal, findTable, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

const FUNDS: Measure[] = ['general_budget', 'gov_fund', 'state_capital'];

export const rule = defineRule({
  id: 't4-balance',
  titleZh: '财政拨款收支总表：收入总计 = 支出总计，且每项资金来源收支相等',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't4');
    const income = rowByCode(table, 'income_total', 'income') ?? rowByCode(table, 'appropriation', 'income');
    const expenditure = rowByCode(table, 'expenditure_total', 'expenditure');
    if (!table || !income || !expenditure) return skip('未找到财政拨款收支总表或其收入/支出总计行');
    compareCells(emit, { table, row: income, measure: 'total' }, { table, row: expenditure, measure: 'total' }, '财政拨款收支应平衡');
    // Templates whose 财政拨款收支总表 lists spending by use (基本/项目) print no fund columns: only the totals balance.
    // This year's income of a fund is spent in this year's column (本年支出合计 where printed).
    const spent = classesTotal(table) ?? expenditure;
    for (const fund of FUNDS.filter((f) => table.columns.includes(f))) {
      const source = rowByCode(table, fund, 'income');
      if (!source || cell(spent, fund) === null && cell(source, 'total') === null) continue;
      const printed = { ...spent, values: { ...spent.values, [fund]: cell(spent, fund) ?? 0 } };
      compareCells(emit, { table, row: source, measure: 'total' }, { table, row: printed, measure: fund }, '该项资金来源的收入与支出应相等');
    }
  }
});
