import type { TableRow } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 't4-income-parts',
  titleZh: '财政拨款收支总表：财政拨款（补助）= 一般公共预算 + 政府性基金 + 国有资本经营预算',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't4');
    const appropriation = rowByCode(table, 'appropriation', 'income');
    if (!table || !appropriation) return skip('未找到财政拨款收支总表的财政拨款（补助）行');
    const funds = ['general_budget', 'gov_fund', 'state_capital']
      .map((key) => rowByCode(table, key, 'income'))
      .filter((row): row is TableRow => row !== undefined);
    if (funds.length === 0) return skip('财政拨款收支总表中未找到各资金来源行');
    checkSum(emit, table, appropriation, 'total', funds.map((row) => ({ row, measure: 'total' })), '各资金来源之和');
  }
});
