import { isUncertain } from '../../model/tables';
import { tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

/**
 * A table our reading could not reconcile (parse/grid/verdict): reported once, with why and its
 * lines, instead of as many arithmetic errors of the document; the rules that need it are skipped.
 */
export const rule = defineRule({
  id: 'table-uncertain',
  titleZh: '表格未能可靠读取（表内勾稽关系不成立或有数字无法归列），其数字不参与核对',
  severity: 'warning',
  check(d, emit) {
    const present = d.tables.filter((table) => table.status === 'present');
    if (present.length === 0) return skip('没有解析出任何表格');
    for (const table of present.filter(isUncertain)) {
      const first = table.rows[0]?.source;
      emit({
        message: `${tableLabel(table)}未能可靠读取：${table.quality!.note}（第 ${table.firstLine}–${table.lastLine} 行）；其数字仅供参考，相关核对已跳过`,
        expected: null,
        actual: null,
        sources: first ? [first] : []
      });
    }
  }
});
