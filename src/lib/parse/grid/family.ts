/**
 * A template family's tables from a document: the family's table set that the document's titles
 * match best, each table read by position (PDF, layout text) or, in text without positions, by
 * the tables' arithmetic in an order that lets later tables use earlier ones as evidence.
 */
import type { ExtractedDocument } from '../../extract/types';
import type { ParsedTable, TableId } from '../../model/disclosure';
import type { Issue } from '../../model/source';
import { compactedLines, memoPerLines } from '../document-memo';
import { READ_ORDER, type Parsed } from './arithmetic/evidence';
import { readOrdered } from './arithmetic/read';
import { readRows, rowName } from './arithmetic/rows';
import { locateTables, type LocatedTable } from './locate';
import { issue, readLocated } from './read';
import type { FamilySpec, TableSet, TableSpec } from './spec';
import { tableVerdict } from './verdict';
import { appendAll } from '../../model/arrays';

function located(document: ExtractedDocument, set: TableSet): readonly LocatedTable[] {
  return memoPerLines(document.lines, set, () => locateTables(document.lines, set.tables));
}

/** The set whose tables the document prints most of, with the share it prints. */
function bestSet(document: ExtractedDocument, family: FamilySpec): { set: TableSet; share: number } {
  let best = { set: family.sets[0]!, share: -1 };
  for (const set of family.sets) {
    const ids = new Set(located(document, set).map((table) => table.spec.id));
    const share = ids.size / new Set(set.tables.map((table) => table.id)).size;
    if (share > best.share) best = { set, share };
  }
  return best;
}

/** How much the document looks like the family: 0 (not at all) … 1. */
export function identifyFamily(document: ExtractedDocument, family: FamilySpec): number {
  const { share } = bestSet(document, family);
  if (share <= 0) return 0;
  const text = compactedLines(document.lines).slice(0, 4000);
  const markers = family.markers.filter((marker) => text.some((line) => marker.test(line))).length / Math.max(1, family.markers.length);
  return Math.round((share * 0.8 + markers * 0.2) * 100) / 100;
}

export function readFamilyTables(document: ExtractedDocument, family: FamilySpec): { tables: ParsedTable[]; issues: Issue[]; set: TableSet } {
  const { set } = bestSet(document, family);
  const issues: Issue[] = [];
  const first = new Map<TableId, LocatedTable>();
  for (const table of located(document, set)) {
    if (first.has(table.spec.id)) {
      issues.push(issue(document.file, table.start, 'table-duplicate', `${table.title}出现了不止一次，只读取第一处`));
      continue;
    }
    first.set(table.spec.id, table);
  }
  const final = set.kind === '决算';
  const read = new Map<TableId, ParsedTable>();
  if (document.format === 'seed-text') {
    const parsed: Parsed = {};
    const functionNames = namesByCode(document.file, [...first.values()]);
    const order = [...READ_ORDER, ...set.tables.map((table) => table.id).filter((id) => !READ_ORDER.includes(id))];
    for (const id of order) {
      const table = first.get(id);
      if (!table) continue;
      const result = readOrdered(table, { file: document.file, parsed, functionNames });
      parsed[id] = withVerdict(result.table, table.spec, result.issues);
      read.set(id, result.table);
      appendAll(issues, result.issues);
    }
  } else {
    for (const [id, table] of first) {
      const result = readLocated(table, { file: document.file, final });
      read.set(id, withVerdict(result.table, table.spec, result.issues));
      appendAll(issues, result.issues);
    }
  }
  const tables = set.tables
    .filter((spec, index, all) => all.findIndex((other) => other.id === spec.id) === index)
    .map((spec): ParsedTable => read.get(spec.id) ?? missing(spec.id, spec.name, spec.unit, spec.columns));
  return { tables: template(tables) ? blank(tables) : tables, issues, set };
}

/** Figures a table's reading left out (unreadable, or on a row it could not identify). */
const LEFT_OUT = new Set(['figure-unreadable', 'row-unidentified', 'amount-unreadable', 'table-line-unreadable', 'figure-unplaced']);

function withVerdict(table: ParsedTable, spec: TableSpec, issues: readonly Issue[]): ParsedTable {
  if (table.status !== 'present') return table;
  // A project table's economic columns cannot be read from text: its per-project totals still are.
  const leftOut = spec.shape === 'projects' ? 0 : issues.filter((issue) => LEFT_OUT.has(issue.code) && issue.code !== 'figure-unplaced').length;
  const counted = spec.shape === 'projects' ? { ...table, rows: table.rows.map(({ unplaced: _, ...row }) => row) } : table;
  table.quality = tableVerdict(counted, spec, leftOut);
  return table;
}

function missing(id: TableId, name: string, unit: ParsedTable['unitOfMeasure'], columns: readonly ParsedTable['columns'][number][]): ParsedTable {
  return { id, familyTableId: name, titleAsPrinted: '', unitOfMeasure: unit, status: 'missing', columns: [...columns], rows: [], page: 0, firstLine: 0, lastLine: 0 };
}

/** Function names by code from the function tables (a project table prints function and project names run together). */
function namesByCode(file: string, tables: readonly LocatedTable[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const table of tables) {
    if (table.spec.shape !== 'coded' || table.spec.classification !== 'function') continue;
    for (const row of readRows(table.body, { file, scheme: 'function' }).rows) {
      if (row.code && !names.has(row.code)) names.set(row.code, rowName(row));
    }
  }
  return names;
}

/** A blank template: tables with their rows printed and not one figure anywhere. */
function template(tables: readonly ParsedTable[]): boolean {
  const printed = tables.filter((table) => table.status === 'present');
  return printed.length > 0 && printed.every((table) => table.rows.every((row) => Object.values(row.values).every((value) => value === 0) && !row.unplaced?.length));
}

/** A template states nothing: its empty cells are not zeros. */
function blank(tables: readonly ParsedTable[]): ParsedTable[] {
  return tables.map((table) => ({ ...table, rows: table.rows.map((row) => ({ ...row, values: {} })) }));
}
