import type { Measure } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

const PARTS: Measure[] = ['general_budget', 'general_budget_transfer', 'gov_fund', 'gov_fund_transfer', 'state_capital', 'state_capital_transfer'];

export const rule = defineRule({
  id: 't2-appropriation-sum',
  titleZh: '收入表每行：财政拨款（补助）小计 = 一般公共预算 + 政府性基金 + 国有资本经营预算（含上级转移支付）',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't2');
    if (!table || !table.columns.includes('appropriation')) return skip('未找到含财政拨款小计列的收入表');
    const parts = PARTS.filter((m) => table.columns.includes(m));
    if (parts.length === 0) return skip('收入表未识别出分资金来源的财政拨款列');
    for (const row of table.rows) {
      if (row.values.appropriation === undefined) continue;
      checkSum(emit, table, row, 'appropriation', parts.map((measure) => ({ row, measure })), '一般公共预算、政府性基金、国有资本经营预算列之和');
    }
  }
});
