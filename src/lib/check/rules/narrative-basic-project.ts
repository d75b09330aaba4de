import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-basic-project',
  titleZh: '说明中的基本支出、项目支出与对应支出表合计一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['basic', 'project', 'reserve'])
});
