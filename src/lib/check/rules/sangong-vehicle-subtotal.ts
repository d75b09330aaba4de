import { checkSum } from '../lib/compare';
import { sangongView, type SangongCell } from '../lib/sangong';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'sangong-vehicle-subtotal',
  titleZh: '“三公”经费表：公务用车购置及运行费 = 购置费 + 运行费',
  severity: 'error',
  check(d, emit) {
    const view = sangongView(d);
    if (!view) return skip('未找到“三公”经费表');
    for (const column of view.columns) {
      const subtotal = view.item('vehicle_total', column);
      const parts = (['vehicle_purchase', 'vehicle_operation'] as const).map((i) => view.item(i, column)).filter((c): c is SangongCell => !!c);
      if (!subtotal || parts.length === 0) continue;
      checkSum(emit, view.table, subtotal.row, subtotal.measure, parts, '公务用车购置费与运行费之和');
    }
  }
});
