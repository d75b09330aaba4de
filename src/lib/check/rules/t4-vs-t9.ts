import { compareFundTable } from '../lib/fund-table';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 't4-vs-t9',
  titleZh: '财政拨款收支总表国有资本经营预算列 = 国有资本经营预算支出表（逐科目与合计）',
  severity: 'error',
  check: (d, emit) => compareFundTable(d, emit, 'state_capital', 't9')
});
