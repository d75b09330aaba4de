/**
 * Finds the Shanghai tables by title (a title counts only when the 编制部门/单位 or 单位 line
 * follows it, so the table of contents is skipped), cuts each table's lines and reads them.
 */
import type { ExtractedDocument, Line } from '../../../extract/types';
import type { ParsedTable } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { headerScore, isDataLine, isPageNumberLine, isPreambleLine, issue, lineTokens, unitOfLine, readTable, sumsArithmetic } from '../../layout';
import { buildRows } from './rows';
import { compactedLines, memoPerLines } from '../../document-memo';
import { DECISION_TABLES } from './decision-schema';
import { BUDGET_TABLES, type TableSpec } from './schema';

interface Found {
  spec: TableSpec;
  index: number;
  line: Line;
}

/** Memoised per document and spec list (identify and parseTables both ask): read-only result. */
export function findTitles(lines: readonly Line[], specs: readonly TableSpec[]): readonly Found[] {
  return memoPerLines(lines, specs, () => scanTitles(lines, specs));
}

function scanTitles(lines: readonly Line[], specs: readonly TableSpec[]): Found[] {
  const found: Found[] = [];
  const compactedAll = compactedLines(lines);
  lines.forEach((line, index) => {
    if (line.text.length > 60) return;
    const compacted = compactedAll[index]!;
    const spec = specs.find((candidate) => candidate.title.test(compacted));
    if (!spec) return;
    if (!lines.slice(index + 1, index + 4).some(isPreambleLine)) return;
    found.push({ spec, index, line });
  });
  return found;
}

export function parseShanghaiTables(document: ExtractedDocument): { tables: ParsedTable[]; issues: Issue[] } {
  const lines = document.lines;
  const decision = findTitles(lines, DECISION_TABLES);
  const specs = decision.length > findTitles(lines, BUDGET_TABLES).length ? DECISION_TABLES : BUDGET_TABLES;
  const found = findTitles(lines, specs);
  const issues: Issue[] = [];
  const tables: ParsedTable[] = [];
  for (const spec of specs) {
    const [hit, duplicate] = found.filter((item) => item.spec === spec);
    if (!hit) {
      tables.push(missing(spec));
      continue;
    }
    if (duplicate) issues.push(issue(document.file, duplicate.line, 'table-duplicate', `表“${spec.title.source}”出现了不止一次，只读取第一处`));
    const start = hit.index;
    const next = found.map((item) => item.index).filter((index) => index > start).sort((a, b) => a - b)[0] ?? lines.length;
    const region = cutAtPageEnd(lines.slice(start + 1, next), spec, document);
    tables.push(readOne(spec, hit.line, region, document, issues));
  }
  return { tables, issues };
}

/** A table runs onto the next page only when that page starts with its header or a data row. */
function cutAtPageEnd(region: Line[], spec: TableSpec, document: ExtractedDocument): Line[] {
  const grid = document.format === 'layout-text';
  for (let i = 1; i < region.length; i++) {
    const pageNumber = region[i]!.page;
    if (pageNumber === region[i - 1]!.page) continue;
    const page = region.filter((line) => line.page === pageNumber);
    const first = page.find((line) => !isPageNumberLine(line, page));
    if (!first) continue;
    const tokens = lineTokens(first, grid);
    if (!isDataLine(first, tokens) && headerScore(tokens, spec.columns) === 0 && !/项目|科目|编码|类\s*款/.test(first.text)) return region.slice(0, i);
  }
  return region;
}

function readOne(spec: TableSpec, title: Line, region: Line[], document: ExtractedDocument, issues: Issue[]): ParsedTable {
  const file = document.file;
  const declared = region.map(unitOfLine).find((unit) => unit !== null) ?? null;
  const unitGuess = declared ?? (spec.kind === 'sangong' ? '万元' : '元');
  const read = readTable(region, spec.columns, {
    file,
    grid: document.format === 'layout-text',
    codes: spec.kind === 'function' || spec.kind === 'economic' || spec.kind === 'economic-two-sided',
    arithmetic: (keys) => sumsArithmetic(spec.sums, unitGuess)(keys)
  });
  issues.push(...read.issues);
  if (read.unit === null) issues.push(issue(file, title, 'table-unit-missing', `表格未标明计量单位，按${unitGuess}读取`));
  const sideKeys: [string[], string[]] = [[], []];
  for (const key of read.keys) sideKeys[spec.columns.find((column) => column.key === key)?.side ?? 0].push(key);
  const built = buildRows(read.rows, { file, unit: unitGuess, kind: spec.kind, sideKeys });
  issues.push(...built.issues);
  const hasFigures = built.rows.some((row) => Object.values(row.values).some((value) => value !== 0) || row.unplaced?.length);
  const note = read.notes.find((line) => /^注/.test(line.text.trim())) ?? read.notes[0];
  const empty = !hasFigures && read.rows.every((row) => row.sides.every((side) => side.figures.length === 0)) && note !== undefined;
  return {
    id: spec.id,
    familyTableId: spec.familyTableId,
    titleAsPrinted: title.text.trim(),
    unitOfMeasure: unitGuess,
    status: empty ? 'declared_empty' : 'present',
    columns: read.keys.map((key) => (spec.kind === 'summary' && key === 'income' ? 'total' : key)) as ParsedTable['columns'],
    rows: empty ? [] : built.rows,
    page: title.page,
    firstLine: title.line,
    lastLine: read.lastLine?.line ?? title.line,
    ...(empty && note ? { emptyNote: { file, page: note.page, line: note.line, text: note.text } } : {})
  };
}

function missing(spec: TableSpec): ParsedTable {
  return { id: spec.id, familyTableId: spec.familyTableId, titleAsPrinted: '', unitOfMeasure: spec.kind === 'sangong' ? '万元' : '元', status: 'missing', columns: [], rows: [], page: 0, firstLine: 0, lastLine: 0 };
}
