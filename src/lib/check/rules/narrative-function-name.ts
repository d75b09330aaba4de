/**
 * The narrative names a function class (类) as the tables do: a class whose name has changed
 * (210 医疗卫生与计划生育支出 → 卫生健康支出) but is still written the old way is a finding.
 */
import type { TableRow } from '../../model/disclosure';
import { functionRows } from '../lib/tables';
import { tableLabel } from '../lib/format';
import { defineRule, skip } from '../rule';

/** Without numbering (四、 / 1.), spaces, the funding prefix and a trailing 支出. */
function bare(name: string): string {
  return name.replace(/\s+/g, '').replace(/^[一二三四五六七八九十\d]+[、.．]/, '').replace(/^(?:财政拨款|一般公共预算)/, '').replace(/支出$/, '');
}

export const rule = defineRule({
  id: 'narrative-function-name',
  titleZh: '说明中功能分类“类”的名称与表中同一编码的名称一致',
  severity: 'warning',
  check(d, emit) {
    const classes = new Map<string, { row: TableRow; table: string }>();
    for (const table of d.tables) {
      for (const row of functionRows(table)) if (row.code!.length === 3 && !classes.has(row.code!)) classes.set(row.code!, { row, table: tableLabel(table) });
    }
    if (classes.size === 0) return skip('表中没有功能分类“类”级科目');
    const facts = d.facts.filter((f) => f.subject.kind === 'function' && f.subject.code && f.subject.name);
    if (facts.length === 0) return skip('说明中没有带编码的功能科目');
    const reported = new Set<string>();
    for (const fact of facts) {
      // Only names written as the full path 类/款/项 say which part is the class name.
      const path = fact.subject.name!.split('/');
      if (path.length !== (fact.subject.code!.length - 1) / 2) continue;
      const stated = path[0]!;
      const printed = classes.get(fact.subject.code!.slice(0, 3));
      if (!printed || bare(stated) === bare(printed.row.name) || reported.has(stated)) continue;
      reported.add(stated);
      emit({
        message: `说明第 ${fact.source.line} 行把 ${fact.subject.code!.slice(0, 3)} 类写作“${bare(stated)}”，${printed.table}中为“${printed.row.name.trim()}”`,
        expected: printed.row.name.trim(), actual: bare(stated), sources: [fact.source, printed.row.source]
      });
    }
  }
});
