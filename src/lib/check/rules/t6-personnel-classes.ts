import type { Measure, TableRow } from '../../model/disclosure';
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
    const classes = (table?.rows ?? []).filter((row) => isEconomicRow(row) && row.code!.length === 3);
    // A 决算 prints 人员经费 and 公用经费 side by side, each with its own 合计 row and no 合计 column.
    const totals = (table?.rows ?? []).filter((row) => row.classification === 'total' && row.level === 0);
    const totalFor = (measure: 'personnel' | 'public') => totals.find((row) => row.values[measure] !== undefined) ?? totalRow(table);
    if (!table || totals.length === 0 || classes.length === 0) return skip('未找到基本支出表的合计行或经济分类类级行');
    const classMeasure = (measure: 'personnel' | 'public'): Measure => (table.columns.includes('total') ? 'total' : measure);
    const part = (rows: TableRow[], measure: 'personnel' | 'public') => rows.map((row) => ({ row, measure: classMeasure(measure) }));
    const personnel = classes.filter((row) => PERSONNEL.has(row.code!));
    const publicFunds = classes.filter((row) => !PERSONNEL.has(row.code!));
    const personnelTotal = totalFor('personnel');
    const publicTotal = totalFor('public');
    if (personnelTotal?.values.personnel !== undefined && personnel.length > 0) checkSum(emit, table, personnelTotal, 'personnel', part(personnel, 'personnel'), '301、303 类合计之和');
    if (publicTotal?.values.public !== undefined && publicFunds.length > 0) checkSum(emit, table, publicTotal, 'public', part(publicFunds, 'public'), '302 等公用经费类合计之和');
  }
});
