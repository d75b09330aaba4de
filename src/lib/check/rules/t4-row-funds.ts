import type { Measure } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable, hasAnyValue } from '../lib/tables';
import { defineRule, skip } from '../rule';

const FUNDS: Measure[] = ['general_budget', 'gov_fund', 'state_capital'];

export const rule = defineRule({
  id: 't4-row-funds',
  titleZh: '财政拨款收支总表：支出各行 合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't4');
    if (!table) return skip('未找到财政拨款收支总表');
    const funds = FUNDS.filter((fund) => table.columns.includes(fund));
    if (funds.length === 0) return skip('财政拨款收支总表未识别出分资金来源的列');
    const rows = table.rows.filter((row) => row.side === 'expenditure' && hasAnyValue(row) && Object.keys(row.values).length > 1);
    for (const row of rows) checkSum(emit, table, row, 'total', funds.map((measure) => ({ row, measure })), '各资金来源列之和');
  }
});
