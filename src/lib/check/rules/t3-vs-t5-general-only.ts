import type { Measure } from '../../model/disclosure';
import { compareCells, compareFunctionRowsByCode } from '../lib/compare';
import { allGeneralBudget, findTable, functionRows, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

const MEASURES: Measure[] = ['total', 'basic', 'project'];

export const rule = defineRule({
  id: 't3-vs-t5-general-only',
  titleZh: '全部资金为一般公共预算时，支出表应与一般公共预算支出表逐行一致',
  severity: 'error',
  check(d, emit) {
    const only = allGeneralBudget(d);
    if (only === null) return skip('收支总表未说明资金来源，无法判断是否全部为一般公共预算');
    if (!only) return skip('有一般公共预算以外的资金，两表本可不同');
    const t3 = findTable(d, 't3');
    const t5 = findTable(d, 't5');
    if (!t3 || !t5) return skip('支出表或一般公共预算支出表缺失');
    // Templates whose 支出总表 prints only the 合计 row by use (Jiangsu) have no class rows to compare.
    const byClass = functionRows(t3).length > 0;
    const a = totalRow(t3);
    const b = totalRow(t5);
    for (const measure of MEASURES) {
      if (a && b) compareCells(emit, { table: t3, row: a, measure }, { table: t5, row: b, measure }, '全部资金为一般公共预算，两表应一致');
      if (byClass) compareFunctionRowsByCode(emit, { table: t3, rows: functionRows(t3), measure }, { table: t5, rows: functionRows(t5), measure }, '全部资金为一般公共预算，两表应一致');
    }
  }
});
