import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-totals',
  titleZh: '说明中的收支总额、财政拨款总额与收支总表/财政拨款收支总表一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['income_total', 'expenditure_total', 'appropriation'])
});
