/** The whole a stated share (占 Y%) is a share of, by the subject's kind and funding scope. */
import type { Disclosure, NarrativeFact, ParsedTable, TableId, TableRow } from '../../model/disclosure';
import { tableLabel } from './format';
import { sangongView } from './sangong';
import { classesTotal, findTable, rowByCode, totalRow } from './tables';
import type { TableFigure } from '../../model/resolve';

const INCOME = new Set(['general_budget', 'gov_fund', 'state_capital', 'carryover', 'fiscal_special', 'unit_funds', 'appropriation']);
const SPENDING: Record<string, TableId> = { all: 't3', general_budget: 't5', gov_fund: 't8', state_capital: 't9' };

function total(table: ParsedTable | undefined, row: TableRow | undefined, what: string): TableFigure | null {
  if (!table || !row || row.values.total === undefined) return null;
  return { value: row.values.total, label: `${tableLabel(table)} ${what}`, unit: table.unitOfMeasure, source: row.source };
}

/**
 * The wholes a share may be of, the usual one first: a source's share of income is stated of
 * 收入总计 or of this year's 本年收入合计 (documents differ; both are the document's own figures).
 */
export function shareBases(d: Disclosure, fact: NarrativeFact): TableFigure[] {
  const first = shareBase(d, fact);
  if (!first || !INCOME.has(fact.subject.kind) || fact.subject.scope === 'appropriation') return first ? [first] : [];
  const t1 = findTable(d, 't1');
  const current = total(t1, rowByCode(t1, 'current_income', 'income'), '本年收入合计');
  return current && current.value !== first.value ? [first, current] : [first];
}

export function shareBase(d: Disclosure, fact: NarrativeFact): TableFigure | null {
  const { kind, scope } = fact.subject;
  if (INCOME.has(kind)) {
    // 财政拨款 as a share: of all income (a share of itself would always be 100%).
    if (scope === 'appropriation' && kind !== 'appropriation') {
      const t4 = findTable(d, 't4');
      return total(t4, rowByCode(t4, 'appropriation', 'income') ?? rowByCode(t4, 'income_total', 'income'), '财政拨款收入合计');
    }
    const t1 = findTable(d, 't1');
    return total(t1, rowByCode(t1, 'income_total', 'income'), '收入总计');
  }
  if (kind === 'basic' || kind === 'project' || kind === 'function') {
    if (scope === 'appropriation') {
      const t4 = findTable(d, 't4');
      return total(t4, classesTotal(t4), '财政拨款本年支出');
    }
    const id = SPENDING[scope];
    const table = id ? findTable(d, id) : undefined;
    return total(table, totalRow(table), '合计');
  }
  if (kind === 'personnel' || kind === 'public_funds' || kind === 'economic') {
    const t6 = findTable(d, 't6');
    return total(t6, totalRow(t6), '合计');
  }
  if (kind.startsWith('sangong_') && kind !== 'sangong_total') {
    const view = sangongView(d);
    const cell = view?.item('sangong_total');
    if (!view || !cell || cell.row.values[cell.measure] === undefined) return null;
    return { value: cell.row.values[cell.measure]!, label: `${tableLabel(view.table)} 合计`, unit: view.table.unitOfMeasure, source: cell.row.source };
  }
  return null;
}
