import type { TableRow } from '../../model/disclosure';
import { checkSum } from '../lib/compare';
import { findTable, isEconomicRow, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

/** 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助; the other classes are 公用经费. */
const PERSONNEL = new Set(['301', '303']);

export const rule = defineRule({
  id: 't6-personnel-classes',
  titleZh: '基本支出表：人员经费 = 301 + 303 类合计，公用经费 = 其余各类（302 等）合计',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't6');
    const total = totalRow(table);
    const classes = (table?.rows ?? []).filter((row) => isEconomicRow(row) && row.code!.length === 3);
    if (!table || !total || classes.length === 0) return skip('未找到基本支出表的合计行或经济分类类级行');
    const part = (rows: TableRow[]) => rows.map((row) => ({ row, measure: 'total' as const }));
    const personnel = classes.filter((row) => PERSONNEL.has(row.code!));
    const publicFunds = classes.filter((row) => !PERSONNEL.has(row.code!));
    if (total.values.personnel !== undefined && personnel.length > 0) checkSum(emit, table, total, 'personnel', part(personnel), '301、303 类合计之和');
    if (total.values.public !== undefined && publicFunds.length > 0) checkSum(emit, table, total, 'public', part(publicFunds), '302 等公用经费类合计之和');
  }
});
