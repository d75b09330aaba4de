import type { Measure, TableRow } from '../../model/disclosure';
import { compareCells } from '../lib/compare';
import { cell, classesTotal, findTable, rowByCode } from '../lib/tables';
import { defineRule, skip } from '../rule';

const FUNDS: Measure[] = ['general_budget', 'gov_fund', 'state_capital'];

/** A row standing for a sum of printed cells (its own figure under `measure`), labelled for the message. */
function sumRow(base: TableRow, name: string, measure: Measure, value: number): TableRow {
  return { ...base, name, values: { [measure]: value } };
}

export const rule = defineRule({
  id: 't4-balance',
  titleZh: '财政拨款收支总表：收入总计 = 支出总计，且每项资金来源收支相等（含年初、年末结转和结余）',
  severity: 'error',
  check(d, emit) {
    const table = findTable(d, 't4');
    const income = rowByCode(table, 'income_total', 'income') ?? rowByCode(table, 'appropriation', 'income');
    const expenditure = rowByCode(table, 'expenditure_total', 'expenditure');
    if (!table || !income || !expenditure) return skip('未找到财政拨款收支总表或其收入/支出总计行');
    compareCells(emit, { table, row: income, measure: 'total' }, { table, row: expenditure, measure: 'total' }, '财政拨款收支应平衡');
    // Templates whose 财政拨款收支总表 lists spending by use (基本/项目) print no fund columns: only the totals balance.
    // This year's income of a fund is spent in this year's column (本年支出合计 where printed).
    const spent = classesTotal(table) ?? expenditure;
    const closingRow = rowByCode(table, 'closing_carryover', 'expenditure');
    for (const fund of FUNDS.filter((f) => table.columns.includes(f))) {
      const source = rowByCode(table, fund, 'income');
      if (!source || cell(spent, fund) === null && cell(source, 'total') === null) continue;
      // A 决算 carries funds over: a fund's income plus its 年初结转和结余 is its spending plus its 年末结转和结余.
      const openingRow = rowByCode(table, `carryover_${fund}`, 'income');
      const opening = cell(openingRow, 'total') ?? 0;
      const closing = cell(closingRow, fund) ?? 0;
      const income = cell(source, 'total') ?? 0;
      const spending = cell(spent, fund) ?? 0;
      if (opening === 0 && closing === 0) {
        const printed = { ...spent, values: { ...spent.values, [fund]: spending } };
        compareCells(emit, { table, row: source, measure: 'total' }, { table, row: printed, measure: fund }, '该项资金来源的收入与支出应相等');
        continue;
      }
      const sources = sumRow(source, `${source.name}（本年收入 + 年初结转和结余）`, 'total', income + opening);
      const uses = sumRow(spent, `${spent.name}（本年支出 + 年末结转和结余）`, fund, spending + closing);
      compareCells(emit, { table, row: sources, measure: 'total' }, { table, row: uses, measure: fund }, '该项资金来源的收入加年初结转和结余应等于支出加年末结转和结余');
    }
  }
});
