import type { Measure } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

const APPROPRIATION_PARTS: Measure[] = ['general_budget', 'general_budget_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer'];

export const rule = defineRule({
  id: 't2-row-sources',
  titleZh: '收入表每行：合计 = 各收入来源列之和（财政拨款小计 + 财政专户 + 单位资金 + 结转）',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't2');
    if (!table || table.rows.length === 0) return skip('未找到收入总体情况表');
    const sources = table.columns.filter((m) => m !== 'total' && (table.columns.includes('appropriation') ? !APPROPRIATION_PARTS.includes(m) : true));
    if (sources.length === 0) return skip('收入表未识别出收入来源列');
    for (const row of table.rows) {
      if (row.values.total === undefined || Object.keys(row.values).length < 2) continue;
      checkSum(emit, table, row, 'total', sources.map((measure) => ({ row, measure })), '各收入来源列之和');
    }
  }
});
