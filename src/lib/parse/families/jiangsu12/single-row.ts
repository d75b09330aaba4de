/**
 * Tables with one row of figures under a (possibly multi-level) header: 支出预算总表 (t3) and
 * the 三公、会议费、培训费 table (t10). Blank cells are common (nine columns, eight figures),
 * so figures are placed by position against the header columns, restricted to placements that
 * satisfy the table's own arithmetic (see align.ts).
 */
import type { Fen } from '../../../model/amount';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Line } from '../../../extract/types';
import { ARITHMETIC_FAILS, placeFigures } from './align';
import { headerColumns, type HeaderColumn } from './header';
import { addUnplaced, sourceOf, unplacedIssue, type ParseContext } from './rows';
import { lineTokens } from './tokens';

interface SingleRowSpec {
  classification: 'total' | 'sangong';
  name: string;
  spanning: RegExp;
  /** Header column text → measure; `小计` columns are resolved in order. */
  measureOf: (text: string, subtotalIndex: number) => Measure | null;
  /** Identities the placed values must satisfy (missing measures count as zero). */
  identities: [Measure, Measure[]][];
}

export const EXPENDITURE_ROW: SingleRowSpec = {
  classification: 'total',
  name: '合计',
  spanning: /^$/,
  measureOf: (text) =>
    /合计/.test(text) ? 'total'
    : /基本支出/.test(text) ? 'basic'
    : /项目支出/.test(text) ? 'project'
    : /预留/.test(text) ? 'reserve'
    : /结转下年/.test(text) ? 'carryover_next'
    : null,
  identities: [['total', ['basic', 'project', 'reserve', 'carryover_next']]]
};

export const SANGONG_ROW: SingleRowSpec = {
  classification: 'sangong',
  name: '合计',
  spanning: /^“?三公”?经费$|购置及运行/,
  measureOf: (text, subtotalIndex) =>
    /合计/.test(text) ? 'grand_total'
    : /小计/.test(text) ? (subtotalIndex === 0 ? 'total' : subtotalIndex === 1 ? 'vehicle_total' : null)
    : /出国/.test(text) ? 'outbound'
    : /培训/.test(text) ? 'training'
    : /会议/.test(text) ? 'meeting'
    : /接待|公务接/.test(text) ? 'reception'
    : /购置/.test(text) ? 'vehicle_purchase'
    : /运/.test(text) ? 'vehicle_operation'
    : null,
  identities: [
    ['grand_total', ['total', 'meeting', 'training']],
    ['total', ['outbound', 'vehicle_total', 'reception']],
    ['vehicle_total', ['vehicle_purchase', 'vehicle_operation']]
  ]
};

export function parseSingleRow(lines: Line[], spec: SingleRowSpec, columnsExpected: Measure[], context: ParseContext): TableRow[] {
  const firstData = lines.findIndex((line) => lineTokens(line, context.unit).some((t) => t.figure !== null));
  if (firstData < 0) return [];
  const header = mapHeader(headerColumns(lines.slice(0, firstData), spec.spanning), spec);
  const rows: TableRow[] = [];
  for (const line of lines.slice(firstData)) {
    const figures = lineTokens(line, context.unit).filter((t) => t.figure !== null);
    if (figures.length === 0) continue;
    const row: TableRow = {
      classification: spec.classification,
      code: null,
      name: spec.name,
      level: 0,
      values: {},
      source: sourceOf(context.file, line)
    };
    rows.push(row);
    const values = figures.map((t) => t.figure as Fen);
    const missing = columnsExpected.filter((m) => !header.some((h) => h.measure === m));
    if (missing.length > 0) {
      addUnplaced(row, values);
      context.issues.push(unplacedIssue(context.file, line, context.title, values, `表头缺少列：${missing.join('、')}`));
      continue;
    }
    const accept = (choice: number[]) => satisfies(spec, header, choice, values);
    let placement = placeFigures(figures, header, accept);
    if (!placement.ok && placement.reason === ARITHMETIC_FAILS) {
      // The row does not add up whatever the placement: a finding for the checks, not a reason
      // to drop the figures when their positions alone are unambiguous.
      placement = placeFigures(figures, header);
    }
    if (!placement.ok) {
      addUnplaced(row, values);
      context.issues.push(unplacedIssue(context.file, line, context.title, values, placement.reason));
      continue;
    }
    for (const column of header) row.values[column.measure] = 0;
    placement.columns.forEach((c, i) => (row.values[header[c]!.measure] = values[i]!));
  }
  return rows;
}

type MappedColumn = HeaderColumn & { measure: Measure };

function mapHeader(columns: HeaderColumn[], spec: SingleRowSpec): MappedColumn[] {
  let subtotals = 0;
  const mapped: MappedColumn[] = [];
  for (const column of columns) {
    const measure = spec.measureOf(column.text, /小计/.test(column.text) ? subtotals++ : -1);
    if (measure && !mapped.some((m) => m.measure === measure)) mapped.push({ ...column, measure });
  }
  return mapped;
}

function satisfies(spec: SingleRowSpec, header: MappedColumn[], choice: number[], values: Fen[]): boolean {
  const value = new Map<Measure, Fen>();
  choice.forEach((c, i) => value.set(header[c]!.measure, values[i]!));
  return spec.identities.every(([whole, parts]) => {
    if (!header.some((h) => h.measure === whole)) return true;
    const sum = parts.reduce((s, m) => s + (value.get(m) ?? 0), 0);
    return (value.get(whole) ?? 0) === sum;
  });
}
