import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-function',
  titleZh: '说明中的功能科目（类/款/项）金额与对应表中同一科目一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['function'])
});
