import type { Measure, TableId } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable } from '../lib/tables';
import { defineRule, skip } from '../rule';

const TABLES: TableId[] = ['t3', 't5', 't8', 't9'];
const PARTS: Measure[] = ['basic', 'project', 'reserve'];

export const rule = defineRule({
  id: 'row-basic-project',
  titleZh: '支出类表格每行：合计 = 基本支出 + 项目支出',
  severity: 'error',
  check(d, emit) {
    const tables = TABLES.map((id) => findTable(d, id)).filter((t) => t && t.rows.length > 0 && t.columns.includes('basic'));
    if (tables.length === 0) return skip('未找到含基本支出/项目支出列的支出表');
    for (const table of tables) {
      const parts = PARTS.filter((m) => table!.columns.includes(m));
      for (const row of table!.rows) {
        if (row.values.total === undefined || Object.keys(row.values).length < 2) continue;
        checkSum(emit, table!, row, 'total', parts.map((measure) => ({ row, measure })), '基本支出与项目支出之和');
      }
    }
  }
});
