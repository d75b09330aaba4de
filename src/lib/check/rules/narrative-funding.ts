import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-funding',
  titleZh: '说明中的各项收入（一般公共预算、政府性基金、国有资本经营、结转等）与表中一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['general_budget', 'gov_fund', 'state_capital', 'carryover', 'fiscal_special', 'unit_funds'])
});
