import { checkNarrativeAmounts } from '../lib/narrative-amounts';
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'narrative-sangong',
  titleZh: '说明中的“三公”经费各项与“三公”经费表一致',
  severity: 'error',
  check: (d, emit) => checkNarrativeAmounts(d, emit, ['sangong_total', 'sangong_outbound', 'sangong_reception', 'sangong_vehicle_total', 'sangong_vehicle_purchase', 'sangong_vehicle_operation'])
});
