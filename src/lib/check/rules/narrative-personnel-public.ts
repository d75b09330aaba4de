import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-personnel-public',
  titleZh: '说明中的人员经费、公用经费与基本支出表一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['personnel', 'public_funds'])
});
