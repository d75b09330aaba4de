/**
 * A located table of text without positions (seed-style text, text copied from a PDF viewer):
 * each printed line is read as code / name / figures, and figures are placed in the spec's
 * columns by the table's own arithmetic and what the tables read before it say (evidence.ts).
 */
import type { Line } from '../../../extract/types';
import type { Measure, ParsedTable, TableRow } from '../../../model/disclosure';
import type { Issue, SourceRef } from '../../../model/source';
import { declaresEmpty, tableSpan, unitOfLine, type LocatedTable } from '../locate';
import type { TableSpec } from '../spec';
import { isAmountToken } from '../../../model/amount';
import { SANGONG_SUMS } from '../../../model/vocabulary';
import { ambiguityIssue, buildCodedRows, parseFigures, unreadableRowIssue, type CodedEvidence, type TableContext } from './coded';
import { solveColumns } from './solver';
import { fundTableEvidence, t10Evidence, t2Evidence, t3Evidence, t4Evidence, t5Evidence, t6Evidence, type Parsed } from './evidence';
import { readItems } from './items';
import { readProjects } from './projects';
import { readRows, sourceOf } from './rows';
import { readTwoSided } from './sided';
import type { RowEquation } from './solver';
import { compact } from './tokens';
import { appendAll } from '../../../model/arrays';

export interface OrderedContext {
  file: string;
  parsed: Parsed;
  /** Function names by code from the document's function tables (project tables need them). */
  functionNames: ReadonlyMap<string, string>;
}

const EVIDENCE: Partial<Record<string, (parsed: Parsed, codes: readonly string[]) => CodedEvidence>> = {
  t2: (parsed) => t2Evidence(parsed),
  t3: (parsed) => t3Evidence(parsed),
  t5: t5Evidence,
  t6: (parsed) => t6Evidence(parsed),
  t8: fundTableEvidence,
  t9: fundTableEvidence
};

function equationsOf(spec: TableSpec): RowEquation<Measure>[] {
  return (spec.sums ?? []).map(([target, parts]) => ({ target: target as Measure, parts: parts as Measure[] }));
}

export function readOrdered(located: LocatedTable, context: OrderedContext): { table: ParsedTable; issues: Issue[] } {
  const { spec } = located;
  const issues: Issue[] = [];
  const file = context.file;
  const declared = located.body.slice(0, 12).map(unitOfLine).find((unit) => unit !== null) ?? null;
  if (!declared) {
    issues.push({
      code: 'table-unit-missing',
      message: `${file} 第 ${located.start.line} 行：${located.label ?? spec.name}没有写明计量单位，按${spec.unit}读取`,
      source: sourceOf(file, located.start)
    });
  }
  const tableContext: TableContext = { file, label: `${located.label ?? spec.name}（${compact(located.title) || spec.name}）`, unit: declared ?? spec.unit };
  const note = findEmptyNote(file, located.body);
  const body = located.body.filter((line) => !note?.lineNumbers.has(line.line));
  const read = readBody(spec, body, tableContext, context);
  appendAll(issues, read.issues);
  if (read.rows.length === 0 && !note) {
    issues.push({
      code: 'table-no-rows',
      message: `${file} 第 ${located.start.line} 行：${tableContext.label}没有数据行，也没有说明为空表`,
      source: sourceOf(file, located.start)
    });
  }
  const span = tableSpan(located, located.body[located.body.length - 1] ?? located.start);
  const table: ParsedTable = {
    id: spec.id,
    familyTableId: located.label ?? spec.name,
    titleAsPrinted: compact(located.title),
    unitOfMeasure: tableContext.unit,
    status: read.rows.length === 0 && note ? 'declared_empty' : 'present',
    columns: [...spec.columns],
    rows: read.rows,
    page: span.first.page,
    firstLine: span.first.line,
    lastLine: span.lastLine
  };
  if (note && read.rows.length === 0) table.emptyNote = note.source;
  return { table, issues };
}

function readBody(spec: TableSpec, body: readonly Line[], context: TableContext, ordered: OrderedContext): { rows: TableRow[]; issues: Issue[] } {
  const equations = equationsOf(spec);
  const { parsed } = ordered;
  if (spec.shape === 'sided') {
    const evidence = spec.id === 't4' ? (income: TableRow[], codes: string[]) => t4Evidence(parsed, income, codes) : undefined;
    return readTwoSided(body, context, spec.columns, equations, evidence);
  }
  if (spec.shape === 'projects') return readProjects(body, context, ordered.functionNames);
  if (spec.shape === 'items' && spec.itemsAsColumns) return readItemColumns(body, context, spec);
  if (spec.shape === 'items') return readItems(body, context, spec.columns, equations, spec.id === 't10' ? t10Evidence(parsed) : {});
  const { rows: raw, issues } = readRows(body, { file: context.file, scheme: spec.classification === 'economic' ? 'economic' : 'function' });
  const codes = raw.flatMap((row) => (row.code ? [row.code] : []));
  const built = buildCodedRows(raw, { columns: spec.columns, equations, classification: spec.classification ?? 'function' }, context, EVIDENCE[spec.id]?.(parsed, codes) ?? {});
  return { rows: built.rows, issues: [...issues, ...built.issues] };
}

/**
 * A “三公” table printed as one row with a column per item, in text without positions: its one line
 * of figures is placed in the items' printed order (the spec's itemColumns) by the items' sums —
 * a placement the sums do not single out stays unplaced — and turned into one row per item.
 */
function readItemColumns(body: readonly Line[], context: TableContext, spec: TableSpec): { rows: TableRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const columns = spec.itemColumns;
  const lines = body.filter((candidate) => candidate.cells.some((cell) => /[.,]/.test(cell.text) && isAmountToken(cell.text)));
  const line = lines[0];
  if (!columns || !line) return { rows: [], issues };
  const source = sourceOf(context.file, line);
  const figures = parseFigures(lines.flatMap((candidate) => candidate.cells.map((cell) => cell.text).filter((text) => isAmountToken(text))), source, context, issues);
  // The row's figures broken over several lines (text in reading order): which is which is lost.
  if (lines.length > 1) {
    issues.push(unreadableRowIssue(context, source, '这一行数字被拆在多行，无法确定各数字所属的项目'));
    return { rows: [{ classification: 'sangong', code: 'sangong_total', name: 'sangong_total', level: 0, values: {}, unplaced: figures, source }], issues };
  }
  const equations = SANGONG_SUMS.filter(([whole]) => columns.includes(whole)).map(([target, parts]) => ({ target, parts: parts.filter((part) => columns.includes(part)) }));
  const placed = solveColumns<string>({ columns, equations, rows: [{ key: 'row', parent: null, figures }] }).placements[0]!;
  if (placed.alternatives === 0) issues.push(unreadableRowIssue(context, source, '数字个数多于列数'));
  else if (placed.unplaced.length > 0) issues.push(ambiguityIssue(context, source, placed.unplaced));
  const rows = columns.flatMap((item): TableRow[] => {
    const value = placed.values[item];
    return value === undefined ? [] : [{ classification: item === 'operating_costs' ? 'other' : 'sangong', code: item, name: item, level: 0, values: { total: value }, source }];
  });
  if (placed.unplaced.length > 0 && rows[0]) rows[0].unplaced = placed.unplaced;
  return { rows, issues };
}

/**
 * The sentence declaring the table empty ("…国有资本经营预算支出情况表为空表。"), joined across the
 * lines it wraps over; its source is its first line.
 */
export function findEmptyNote(file: string, lines: readonly Line[]): { source: SourceRef; lineNumbers: Set<number> } | null {
  const at = lines.findIndex((line) => declaresEmpty(line.text));
  if (at < 0) return null;
  let first = at;
  while (first > 0) {
    const previous = lines[first - 1]!.text;
    if (/[。：:]$/.test(previous) || compact(previous).length < 15 || /^※|类\s*款/.test(previous)) break;
    first--;
  }
  const noteLines = lines.slice(first, at + 1);
  const source = sourceOf(file, noteLines[0]!);
  return {
    source: { ...source, text: noteLines.map((line) => line.text).join('') },
    lineNumbers: new Set(noteLines.map((line) => line.line))
  };
}
