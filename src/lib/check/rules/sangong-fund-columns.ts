import type { Measure } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

const FUNDS: Measure[] = ['general_budget', 'gov_fund', 'state_capital'];

export const rule = defineRule({
  id: 'sangong-fund-columns',
  titleZh: '“三公”经费表每行：合计 = 各资金来源列之和',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't10');
    const funds = FUNDS.filter((m) => table?.columns.includes(m));
    if (!table || funds.length === 0) return skip('“三公”经费表未按资金来源分列');
    for (const row of table.rows) {
      if (row.values.total === undefined || Object.keys(row.values).length < 2) continue;
      checkSum(emit, table, row, 'total', funds.map((measure) => ({ row, measure })), '各资金来源列之和');
    }
  }
});
