/** 财政拨款收支总表 fund column against the fund's own expenditure table (t5/t8/t9), row by row. */
import type { Disclosure, Measure, TableId } from '../../model/disclosure';
import type { Emit, Skip } from '../rule';
import { skip } from '../rule';
import { compareCells, compareFunctionRowsByCode } from './compare';
import { classesTotal, findTable, functionRows, totalRow } from './tables';

export function compareFundTable(d: Disclosure, emit: Emit, fund: Measure, id: TableId): Skip | void {
  const t4 = findTable(d, 't4');
  const own = findTable(d, id);
  if (!t4 || !own) return skip('财政拨款收支总表或对应的支出表缺失');
  if (!t4.columns.includes(fund)) return skip('财政拨款收支总表未按资金来源分列');
  const rowsA = functionRows(t4, 'expenditure').filter((r) => (r.values[fund] ?? 0) !== 0);
  const classesB = functionRows(own).filter((r) => r.code!.length === 3);
  compareFunctionRowsByCode(emit, { table: t4, rows: rowsA, measure: fund }, { table: own, rows: classesB, measure: 'total' }, '财政拨款收支总表该列应与分表一致');
  const totalA = classesTotal(t4);
  const totalB = totalRow(own);
  if (totalA) {
    const a = { ...totalA, values: { [fund]: totalA.values[fund] ?? 0 } };
    const b = totalB ?? { ...totalA, name: '合计（空表）', values: { total: 0 } };
    const bRow = own.status === 'declared_empty' ? { ...b, values: { total: 0 }, source: own.emptyNote ?? b.source } : b;
    compareCells(emit, { table: t4, row: a, measure: fund }, { table: own, row: bRow, measure: 'total' }, '财政拨款收支总表该列合计应与分表合计一致');
  }
}
