/** Read rows (sides with placed figures) → TableRow values in 分, per table kind. */
import { parseAmount, type Fen, type MeasureUnit } from '../../../model/amount';
import type { Classification, Measure, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { issue, type ReadRow, type SideRow } from '../../layout';
import { functionClassOf } from './function-classes';
import type { RowKind } from './schema';

export interface RowContext {
  file: string;
  unit: MeasureUnit;
  kind: RowKind;
  /** Figure column keys per side, in printed order. */
  sideKeys: [string[], string[]];
}

const INCOME_KEYS: [RegExp, string, Classification][] = [
  [/收入总计|收入合计总计/, 'income_total', 'total'],
  [/支出总计/, 'expenditure_total', 'total'],
  [/本年收入合计/, 'current_income', 'total'],
  [/本年支出合计/, 'current_expenditure', 'total'],
  [/年初结转和结余|上年结转/, 'carryover', 'income'],
  [/年末结转和结余/, 'closing_carryover', 'other'],
  [/财政拨款/, 'appropriation', 'income'],
  [/一般公共预算/, 'general_budget', 'income'],
  [/政府性基金/, 'gov_fund', 'income'],
  [/国有资本经营/, 'state_capital', 'income'],
  [/事业单位经营收入/, 'operating_income', 'income'],
  [/事业收入/, 'business_income', 'income'],
  [/其他收入/, 'other_income', 'income']
];

const TOTAL_LABEL = /^(合\s*计|总\s*计|人员经费合计|公用经费合计)$/;

export function buildRows(read: ReadRow[], context: RowContext): { rows: TableRow[]; issues: Issue[] } {
  const rows: TableRow[] = [];
  const issues: Issue[] = [];
  for (const row of read) {
    const complete = row.sides.every((side) => side.figures.every((figure) => figure.key !== null));
    for (const side of row.sides) {
      const built = buildSide(row, side, context, complete, issues);
      if (built) rows.push(built);
    }
  }
  return { rows, issues };
}

function buildSide(row: ReadRow, side: SideRow, context: RowContext, complete: boolean, issues: Issue[]): TableRow | null {
  const source = { file: context.file, page: row.line.page, line: row.line.line, text: row.line.text };
  const values: Partial<Record<Measure, Fen>> = {};
  const unplaced: Fen[] = [];
  for (const figure of side.figures) {
    const fen = parseAmount(figure.text, context.unit);
    if (fen === null) {
      issues.push(issue(context.file, row.line, 'figure-unreadable', `无法读取数字“${figure.text}”`));
      continue;
    }
    if (figure.key === null) unplaced.push(fen);
    else values[measureOf(figure.key, context.kind, side.side)] = fen;
  }
  // Blank cells of a fully placed printed row are zeros.
  if (complete) for (const key of context.sideKeys[side.side]) values[measureOf(key, context.kind, side.side)] ??= 0;
  const identity = identify(side, context.kind);
  if (!identity) {
    if (side.figures.length > 0) issues.push(issue(context.file, row.line, 'row-unidentified', '无法识别该行的科目，数字未计入'));
    return null;
  }
  return { ...identity, ...(context.kind === 'summary' ? { side: side.side === 0 ? 'income' : 'expenditure' } : {}), values, ...(unplaced.length ? { unplaced } : {}), source } as TableRow;
}

/** Summary tables: the income side's single amount column is the row's total. */
function measureOf(key: string, kind: RowKind, side: 0 | 1): Measure {
  if (kind === 'summary' && side === 0 && key === 'income') return 'total';
  return key as Measure;
}

function identify(side: SideRow, kind: RowKind): Pick<TableRow, 'classification' | 'code' | 'name' | 'level'> | null {
  const label = side.label.replace(/\s+/g, '');
  if (kind === 'sangong') return { classification: 'sangong', code: null, name: '“三公”经费和机关运行经费', level: 0 };
  if (TOTAL_LABEL.test(label)) return { classification: 'total', code: null, name: label, level: 0 };
  if (kind === 'summary') {
    if (side.side === 0 || /总计|合计|结转/.test(label)) {
      const match = INCOME_KEYS.find(([pattern]) => pattern.test(label));
      if (!match) return label ? { classification: 'other', code: null, name: label, level: 1 } : null;
      return { classification: match[2], code: match[1], name: label, level: match[2] === 'total' ? 0 : 1 };
    }
    const fn = functionClassOf(label);
    return { classification: 'function', code: fn.code, name: fn.name, level: 1 };
  }
  const code = side.codeParts.join('');
  const lengths = kind === 'function' ? [3, 5, 7] : [3, 5];
  if (!/^\d{3}/.test(code) || !lengths.includes(code.length)) return null;
  return { classification: kind === 'function' ? 'function' : 'economic', code, name: label, level: (code.length - 1) / 2 };
}
