import { compareFundTable } from '../lib/fund-table';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 't4-vs-t5',
  titleZh: '财政拨款收支总表一般公共预算列 = 一般公共预算支出表（逐科目与合计）',
  severity: 'error',
  check: (d, emit) => compareFundTable(d, emit, 'general_budget', 't5')
});
