import { compareCells } from '../lib/compare';
import { findTable, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

const FUNDS = ['general_budget', 'gov_fund', 'state_capital'];

export const rule = defineRule({
  id: 't1-vs-t4-funds',
  titleZh: '收支总表中的一般公共预算、政府性基金、国有资本经营预算拨款 = 财政拨款收支总表对应收入',
  severity: 'error',
  check(d, emit) {
    const t1 = findTable(d, 't1');
    const t4 = findTable(d, 't4');
    if (!t1 || !t4) return skip('收支总表或财政拨款收支总表缺失');
    let compared = 0;
    for (const key of FUNDS) {
      const a = rowByCode(t1, key, 'income');
      const b = rowByCode(t4, key, 'income');
      if (!a || !b) continue;
      const zeroA = { ...a, values: { total: a.values.total ?? 0 } };
      const zeroB = { ...b, values: { total: b.values.total ?? 0 } };
      compared++;
      compareCells(emit, { table: t1, row: zeroA, measure: 'total' }, { table: t4, row: zeroB, measure: 'total' }, '同一资金来源在两表中应一致');
    }
    if (compared === 0) return skip('两表中未找到可对应的资金来源行');
  }
});
