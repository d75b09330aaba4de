import type { Measure, TableId } from '../../model/disclosure';
import { exact, tableLabel, wan } from '../lib/format';
import { findTable, rowByCode, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

const PAIRS: [Measure, TableId, string][] = [
  ['gov_fund', 't8', '政府性基金'],
  ['state_capital', 't9', '国有资本经营预算']
];

export const rule = defineRule({
  id: 'fund-table-empty',
  titleZh: '财政拨款收支总表中某项资金为零 ⇔ 该资金的支出表为空表',
  severity: 'error',
  check(d, emit) {
    const t4 = findTable(d, 't4');
    const total = rowByCode(t4, 'expenditure_total', 'expenditure');
    if (!t4 || !total) return skip('财政拨款收支总表或其支出总计行缺失');
    let compared = 0;
    for (const [fund, id, name] of PAIRS) {
      const own = findTable(d, id);
      if (!own) continue;
      compared++;
      const column = total.values[fund] ?? rowByCode(t4, fund, 'income')?.values.total ?? 0;
      const ownTotal = own.status === 'declared_empty' ? 0 : (totalRow(own)?.values.total ?? 0);
      const ownEmpty = own.status === 'declared_empty' || ownTotal === 0;
      if (column === 0 && !ownEmpty) {
        emit({
          message: `${tableLabel(t4)} ${name}支出为 0，但${tableLabel(own)}列有 ${wan(ownTotal)}`,
          expected: exact(0), actual: exact(ownTotal), sources: [total.source, totalRow(own)?.source]
        });
      } else if (column !== 0 && ownEmpty) {
        emit({
          message: `${tableLabel(t4)} ${name}支出为 ${wan(column)}，但${tableLabel(own)}${own.status === 'declared_empty' ? '声明为空表' : '没有金额'}`,
          expected: exact(column), actual: exact(0), sources: [total.source, own.emptyNote ?? totalRow(own)?.source]
        });
      }
    }
    if (compared === 0) return skip('政府性基金和国有资本经营预算支出表均缺失');
  }
});
