import { tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

/** Key words naming each fund table, as empty-table notes write them. */
const NAMES: Record<string, RegExp> = {
  t5: /一般公共预算支出/,
  t7: /项目支出/,
  t8: /政府性基金/,
  t9: /国有资本经营/,
  t10: /三公/
};

export const rule = defineRule({
  id: 'empty-note-other-table',
  titleZh: '空表说明应说的是本表（不是从别的表复制来的说明）',
  severity: 'warning',
  check(d, emit) {
    const notes = d.tables.filter((t) => t.emptyNote && NAMES[t.id]);
    if (notes.length === 0) return skip('没有可核对的空表说明');
    for (const table of notes) {
      const text = table.emptyNote!.text;
      const own = NAMES[table.id]!;
      const other = Object.entries(NAMES).find(([id, re]) => id !== table.id && re.test(text) && !own.test(text));
      if (!other) continue;
      emit({
        message: `${tableLabel(table)}的空表说明“${text}”说的是另一张表（${other[0]}），不是本表`,
        expected: tableLabel(table), actual: text, sources: [table.emptyNote]
      });
    }
  }
});
