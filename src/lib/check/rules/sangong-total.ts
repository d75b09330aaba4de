import { checkSum } from '../lib/compare';
import { sangongView, type SangongCell } from '../lib/sangong';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'sangong-total',
  titleZh: '“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费',
  severity: 'error',
  check(d, emit) {
    const view = sangongView(d);
    if (!view) return skip('未找到“三公”经费表');
    for (const column of view.columns) {
      const total = view.item('sangong_total', column);
      const parts = (['outbound', 'vehicle_total', 'reception'] as const).map((i) => view.item(i, column)).filter((c): c is SangongCell => !!c);
      if (!total || parts.length === 0) continue;
      checkSum(emit, view.table, total.row, total.measure, parts, '因公出国（境）费、公务用车购置及运行费、公务接待费之和');
    }
  }
});
