import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-economic',
  titleZh: '说明中的经济科目金额与基本支出表同一科目一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['economic'])
});
