/**
 * The ten tables of the seed family: find each (label / title), read its rows, and place figures
 * in columns. Tables are read in an order that lets later ones use earlier ones as evidence
 * (t1 → t2; t7 → t3, t5; t3 → t5, t8, t9; t5 → t6; t5/t8/t9 → t4; t4/t6 → t10).
 */
import type { ExtractedDocument, Line } from '../../../extract/types';
import type { Measure, ParsedTable, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { buildCodedRows, type CodedEvidence, type CodedTableSpec, type TableContext } from '../../table/coded';
import { readRows, rowName, sourceOf } from '../../table/rows';
import { detectUnit, findEmptyNote, findTableSegments, type TableSegment } from '../../table/segment';
import { t10Evidence, t2Evidence, t3Evidence, t4Evidence, t5Evidence, t6Evidence, fundTableEvidence, type Parsed } from './evidence';
import { readProjects } from './projects';
import { readSangong } from './sangong';
import {
  BASIC_PROJECT,
  BASIC_PROJECT_EQUATIONS,
  BY_SOURCE,
  SEED10_NAMES,
  SEED10_TABLE_IDS,
  SEED10_TITLES,
  T2_COLUMNS,
  T2_EQUATIONS,
  T6_COLUMNS,
  T6_EQUATIONS,
  T7_COLUMNS,
  type Seed10TableId
} from './schema';
import { readTwoSided } from './two-sided';

const READ_ORDER: readonly Seed10TableId[] = ['t1', 't7', 't2', 't3', 't5', 't8', 't9', 't6', 't4', 't10'];

const CODED: Partial<Record<Seed10TableId, CodedTableSpec & { evidence: (parsed: Parsed, codes: string[]) => CodedEvidence }>> = {
  t2: { columns: T2_COLUMNS, equations: T2_EQUATIONS, classification: 'function', evidence: (parsed) => t2Evidence(parsed) },
  t3: { columns: BASIC_PROJECT, equations: BASIC_PROJECT_EQUATIONS, classification: 'function', evidence: (parsed) => t3Evidence(parsed) },
  t5: { columns: BASIC_PROJECT, equations: BASIC_PROJECT_EQUATIONS, classification: 'function', evidence: t5Evidence },
  t6: { columns: T6_COLUMNS, equations: T6_EQUATIONS, classification: 'economic', evidence: (parsed) => t6Evidence(parsed) },
  t8: { columns: BASIC_PROJECT, equations: BASIC_PROJECT_EQUATIONS, classification: 'function', evidence: fundTableEvidence },
  t9: { columns: BASIC_PROJECT, equations: BASIC_PROJECT_EQUATIONS, classification: 'function', evidence: fundTableEvidence }
};

const COLUMNS: Record<Seed10TableId, readonly Measure[]> = {
  t1: ['total'],
  t2: T2_COLUMNS,
  t3: BASIC_PROJECT,
  t4: BY_SOURCE,
  t5: BASIC_PROJECT,
  t6: T6_COLUMNS,
  t7: T7_COLUMNS,
  t8: BASIC_PROJECT,
  t9: BASIC_PROJECT,
  t10: BY_SOURCE
};

export function parseSeed10Tables(document: ExtractedDocument): { tables: ParsedTable[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const segments = new Map<Seed10TableId, TableSegment<Seed10TableId>>();
  for (const segment of findTableSegments(document, SEED10_TITLES)) {
    const byLabel = segment.labelNumber !== null && segment.labelNumber >= 1 && segment.labelNumber <= 10 ? (`t${segment.labelNumber}` as Seed10TableId) : null;
    const id = segment.id ?? byLabel;
    if (id === null) continue;
    if (segments.has(id)) {
      issues.push({
        code: 'table-duplicate',
        message: `${document.file} 第 ${segment.start.line} 行：${SEED10_NAMES[id]}出现了不止一次，只读取第一次`,
        source: sourceOf(document.file, segment.start)
      });
      continue;
    }
    segments.set(id, segment);
  }
  const parsed: Parsed = {};
  const names = functionNames(document.file, segments);
  for (const id of READ_ORDER) {
    const segment = segments.get(id);
    const result = segment ? readTable(document.file, id, segment, parsed, names) : missingTable(document.file, id);
    parsed[id] = result.table;
    issues.push(...result.issues);
  }
  return { tables: SEED10_TABLE_IDS.map((id) => parsed[id]!), issues };
}

function missingTable(file: string, id: Seed10TableId): { table: ParsedTable; issues: Issue[] } {
  const number = id.slice(1);
  return {
    table: {
      id,
      familyTableId: `表${number}`,
      titleAsPrinted: '',
      unitOfMeasure: '万元',
      status: 'missing',
      columns: [...COLUMNS[id]],
      rows: [],
      page: 0,
      firstLine: 0,
      lastLine: 0
    },
    // Status 'missing' is the fact; the check stage's table-missing rule reports it once, in words.
    issues: []
  };
}

function readTable(
  file: string,
  id: Seed10TableId,
  segment: TableSegment<Seed10TableId>,
  parsed: Parsed,
  names: ReadonlyMap<string, string>
): { table: ParsedTable; issues: Issue[] } {
  const issues: Issue[] = [];
  const familyTableId = segment.label ?? `表${id.slice(1)}`;
  const unit = detectUnit(segment.body);
  if (!unit) {
    issues.push({
      code: 'unit-missing',
      message: `${file} 第 ${segment.start.line} 行：${familyTableId}没有写明计量单位，按万元读取`,
      source: sourceOf(file, segment.start)
    });
  }
  const context: TableContext = { file, label: `${familyTableId}（${segment.title || SEED10_NAMES[id]}）`, unit: unit?.unit ?? '万元' };
  const note = findEmptyNote(file, segment.body);
  const body = segment.body.filter((line) => !note?.lineNumbers.has(line.line));
  const read = readBody(id, body, context, parsed, names);
  issues.push(...read.issues);
  const status = read.rows.length > 0 ? 'present' : note ? 'declared_empty' : 'present';
  if (read.rows.length === 0 && !note) {
    issues.push({
      code: 'table-no-rows',
      message: `${file} 第 ${segment.start.line} 行：${context.label}没有数据行，也没有说明为空表`,
      source: sourceOf(file, segment.start)
    });
  }
  const last: Line = segment.body[segment.body.length - 1] ?? segment.start;
  const table: ParsedTable = {
    id,
    familyTableId,
    titleAsPrinted: segment.title,
    unitOfMeasure: context.unit,
    status,
    columns: [...COLUMNS[id]],
    rows: read.rows,
    page: segment.start.page,
    firstLine: segment.start.line,
    lastLine: last.line
  };
  if (note) table.emptyNote = note.source;
  return { table, issues };
}

function readBody(
  id: Seed10TableId,
  body: Line[],
  context: TableContext,
  parsed: Parsed,
  names: ReadonlyMap<string, string>
): { rows: TableRow[]; issues: Issue[] } {
  if (id === 't1') return readTwoSided(body, context, 'total');
  if (id === 't4') return readTwoSided(body, context, 'by_source', (income, codes) => t4Evidence(parsed, income, codes));
  if (id === 't7') return readProjects(body, context, names);
  if (id === 't10') return readSangong(body, context, t10Evidence(parsed));
  const spec = CODED[id]!;
  const { rows: raw, issues } = readRows(body, { file: context.file, scheme: spec.classification === 'economic' ? 'economic' : 'function' });
  const codes = raw.flatMap((row) => (row.code ? [row.code] : []));
  const built = buildCodedRows(raw, spec, context, spec.evidence(parsed, codes));
  return { rows: built.rows, issues: [...issues, ...built.issues] };
}

/** Function names by code from the function tables (t7 needs them to split function name / project name). */
function functionNames(file: string, segments: ReadonlyMap<Seed10TableId, TableSegment<Seed10TableId>>): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of ['t5', 't3', 't2', 't8', 't9'] as const) {
    const segment = segments.get(id);
    if (!segment) continue;
    for (const row of readRows(segment.body, { file, scheme: 'function' }).rows) {
      if (row.code && !names.has(row.code)) names.set(row.code, rowName(row));
    }
  }
  return names;
}
