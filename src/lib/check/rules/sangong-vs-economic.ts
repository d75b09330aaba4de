import { exact, tableLabel, wan } from '../lib/format';
import { sangongView, type SangongItem } from '../lib/sangong';
import { findTable, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

const PAIRS: [SangongItem, string, string][] = [
  ['reception', '30217', '公务接待费'],
  ['vehicle_operation', '30231', '公务用车运行维护费']
];

export const rule = defineRule({
  id: 'sangong-vs-economic',
  titleZh: '“三公”经费表的公务接待费、公务用车运行费与基本支出表 30217、30231 科目对照（口径可不同，仅提示）',
  severity: 'info',
  check(d, emit) {
    const view = sangongView(d);
    const t6 = findTable(d, 't6');
    if (!view || !t6) return skip('“三公”经费表或基本支出表缺失');
    let compared = 0;
    for (const [item, code, name] of PAIRS) {
      const cell = view.item(item);
      const row = rowByCode(t6, code);
      if (!cell || !row) continue;
      compared++;
      const a = cell.row.values[cell.measure] ?? 0;
      const b = row.values.total ?? 0;
      if (a === b) continue;
      emit({
        message: `${tableLabel(view.table)} ${name} ${wan(a)}，${tableLabel(t6)} ${code} ${row.name} ${wan(b)}：相差 ${wan(a - b)}（项目支出中也可能安排，口径不同时可不一致）`,
        expected: exact(b), actual: exact(a), sources: [cell.row.source, row.source]
      });
    }
    if (compared === 0) return skip('基本支出表中没有 30217 / 30231 科目或“三公”表中没有对应项');
  }
});
