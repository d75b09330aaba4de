import { compareFundTable } from '../lib/fund-table';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 't4-vs-t8',
  titleZh: '财政拨款收支总表政府性基金列 = 政府性基金预算支出表（逐科目与合计）',
  severity: 'error',
  check: (d, emit) => compareFundTable(d, emit, 'gov_fund', 't8')
});
