/**
 * One located table → a ParsedTable in the canonical model: header columns per page (a page
 * without a header carries on with the previous page's columns, re-anchored on its own rows),
 * rows per side, figures placed by position, rows keyed by the vocabulary, and the table's
 * verdict on its own arithmetic.
 */
import type { Line } from '../../extract/types';
import { lineSource } from '../../extract/join';
import { formatWanyuanDisplay, parseAmount, type Fen, type MeasureUnit } from '../../model/amount';
import type { Box, Measure, ParsedTable, TableRow } from '../../model/disclosure';
import type { Issue, SourceRef } from '../../model/source';
import { headerMeaning, wordForm } from '../../model/vocabulary';
import { buildRows, lineParts, sidesOf, type RawRow, type Side, type SidePart } from './body';
import { readGrouped } from './grouped';
import { readHeader, type Column } from './header';
import { completesLabel, continuesLabel, identifyRow, isTotalLabel, newIncomeContext, startsRow, type IncomeContext } from './keys';
import { declaresEmpty, isOwnerOrUnitLine, isPageNumberLine, tableSpan, unitOfLine, type LocatedTable } from './locate';
import { assignFigures, learnAnchors, type RowArithmetic } from './place';
import { readProcurement } from './procurement';
import type { TableSpec } from './spec';
import { centre, charWidth, lineTokens, type Token } from './tokens';

export interface ReadContext {
  file: string;
  /** The document is a 决算: 预算数 columns are budget twins. */
  final: boolean;
}

export interface TableRead {
  table: ParsedTable;
  issues: Issue[];
}

const NOTE = /^(注|说明|备注)\s*[:：]|^(无|本表无数据|此表无数据|此表为空|本表为空)[。.]?$|为空表|无.{0,20}(数据|安排|支出|收入)[，。]?.{0,20}(故本表|本表|此表)/;

export function isNoteLine(line: Line): boolean {
  return NOTE.test(line.text.trim());
}

interface PageLines {
  header: Line[];
  data: Line[];
}

/**
 * Header lines come before the first data line: one with a figure, a class code or a row label.
 * On a page that carries on a table, only lines with header words are a repeated header (a label
 * wrapped from the page before is data).
 */
function splitPage(lines: readonly Line[], spec: TableSpec, continued: boolean): PageLines {
  let start = lines.findIndex((line) => isDataLine(line, spec));
  if (start < 0) start = lines.length;
  const prefix = lines.slice(0, start);
  const repeated = !continued || prefix.some((line) => lineTokens(line).some((token) => headerMeaning(token.text) !== null));
  const header = repeated ? prefix : [];
  const data = (repeated ? lines.slice(start) : [...lines]).filter((line) => !isHeaderResidue(line));
  return { header, data };
}

function isDataLine(line: Line, spec: TableSpec): boolean {
  const tokens = lineTokens(line);
  if (tokens.some((token) => token.kind === 'figure' && /[.,]/.test(token.text))) return true;
  const first = tokens[0];
  if (!first) return false;
  if (/^\d{3}(\d{2}){0,2}$/.test(first.text) && tokens.length > 1) return true;
  if (tokens.every((token) => token.kind === 'figure')) return spec.shape !== 'single' || tokens.some((token) => /[.,]/.test(token.text));
  const label = tokens.filter((token) => token.kind === 'word').map((token) => token.text).join('');
  if (isTotalLabel(label) && spec.shape !== 'items') return !tokens.slice(1).some((token) => headerMeaning(token.text)?.kind === 'measure');
  if (spec.shape === 'sided' || (spec.shape === 'items' && !spec.itemsAsColumns)) {
    return /^[一二三四五六七八九十]+、|^\d+[.．、]\S/.test(first.text) || /^其中/.test(wordForm(first.text));
  }
  return false;
}

/** Header words repeated among the rows (类 款 项, 科目编码): no figure, only label words (a lone 款 may be a wrapped name). */
function isHeaderResidue(line: Line): boolean {
  const tokens = lineTokens(line);
  const labels = tokens.every((token) => token.kind === 'word' && headerMeaning(token.text)?.kind === 'label');
  return labels && (tokens.length >= 2 || [...(tokens[0]?.text ?? '')].length > 1);
}

export function readLocated(located: LocatedTable, context: ReadContext): TableRead {
  const { spec } = located;
  const issues: Issue[] = [];
  const file = context.file;
  let unit: MeasureUnit | null = null;
  const notes: Line[] = [];
  const pages: Line[][] = [];
  const byPage = new Map<number, Line[]>();
  for (const line of located.body) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  for (const line of located.body) {
    if (isPageNumberLine(line, byPage.get(line.page)!)) continue;
    unit ??= unitOfLine(line);
    if (isOwnerOrUnitLine(line) || isTitleRepeat(line, located)) continue;
    if (isNoteLine(line)) {
      notes.push(line);
      continue;
    }
    const page = pages[pages.length - 1];
    if (page && page[0]!.page === line.page) page.push(line);
    else pages.push([line]);
  }
  const tableUnit = unit ?? spec.unit;
  if (unit === null && located.body.some((line) => lineTokens(line).some((token) => token.kind === 'figure'))) {
    issues.push(issue(file, located.start, 'table-unit-missing', `${located.title}未标明计量单位，按${spec.unit}读取`));
  }
  if (spec.shape === 'grouped' || spec.shape === 'procurement') {
    const lines = pages.flat();
    const read = spec.shape === 'grouped' ? readGrouped : readProcurement;
    return finish(located, spec, context, tableUnit, notes, read(lines, file, tableUnit, located.title, issues), [...spec.columns], lines[lines.length - 1] ?? located.start, issues);
  }
  let columns: Column[] | null = null;
  const pageGrids: PageGrid[] = [];
  let lastLine = located.start;
  for (const pageLines of pages) {
    const { header, data } = splitPage(pageLines, spec, columns !== null);
    lastLine = pageLines[pageLines.length - 1] ?? lastLine;
    if (header.length > 0) {
      const read = readHeader(header.map(lineTokens), {
        final: context.final,
        items: spec.shape === 'items',
        sided: spec.shape === 'sided',
        sideMeasures: spec.personnelPublicSides ? ['personnel', 'public'] : []
      });
      if (read.some((column) => column.role.kind === 'figure')) columns = read;
    }
    if (data.length === 0) continue;
    if (!columns) {
      issues.push(issue(file, data[0]!, 'table-header-missing', `${located.title}：表头无法识别，无法确定各数字所属的列`));
      continue;
    }
    pageGrids.push(pageGrid(data, columns, spec, tableUnit));
  }
  const rows = readRows(pageGrids, spec, context, tableUnit, issues);
  return finish(located, spec, context, tableUnit, notes, rows, measuresOf(columns ?? [], spec), lastLine, issues);
}

function finish(
  located: LocatedTable,
  spec: TableSpec,
  context: ReadContext,
  unit: MeasureUnit,
  notes: readonly Line[],
  rows: TableRow[],
  columns: Measure[],
  lastLine: Line,
  issues: Issue[]
): TableRead {
  const hasFigures = rows.some((row) => Object.values(row.values).some((value) => value !== 0) || (row.unplaced?.length ?? 0) > 0);
  // A 注：/说明： sentence names the table's emptiness better than a lone 无 row.
  const saysEmpty = (line: Line) => declaresEmpty(line.text);
  const emptyNote = notes.find((line) => /^(注|说明)/.test(line.text.trim()) && saysEmpty(line)) ?? notes.find(saysEmpty);
  const status = !hasFigures && emptyNote ? 'declared_empty' : 'present';
  const span = tableSpan(located, lastLine);
  const last = Math.max(span.lastLine, notes[notes.length - 1]?.line ?? 0);
  const table: ParsedTable = {
    id: spec.id,
    familyTableId: located.label ?? spec.name,
    titleAsPrinted: located.title.trim(),
    unitOfMeasure: unit,
    status,
    columns,
    rows: status === 'declared_empty' ? [] : finishRows(rows, spec),
    page: span.first.page,
    firstLine: span.first.line,
    lastLine: last
  };
  if (status === 'declared_empty' && emptyNote) table.emptyNote = lineSource(context.file, emptyNote);
  return { table, issues };
}

function isTitleRepeat(line: Line, located: LocatedTable): boolean {
  return line.page !== located.start.page && wordForm(line.text).endsWith(wordForm(located.title).slice(-8));
}

function measuresOf(columns: readonly Column[], spec: TableSpec): Measure[] {
  const measures: Measure[] = [];
  if (spec.shape === 'coded' && columns.filter((column) => column.role.kind === 'figure').length === 1) return ['total'];
  for (const column of columns) {
    if (column.role.kind !== 'figure') continue;
    const measure = spec.shape === 'items' && spec.itemsAsColumns ? (column.role.budget ? 'budget' : 'total') : column.role.budget ? 'budget' : (column.role.measure as Measure);
    if (!measures.includes(measure)) measures.push(measure);
  }
  return measures.length > 0 ? measures : [...spec.columns];
}

interface SideGrid {
  side: Side;
  figureColumns: Column[];
  anchors: number[];
  width: number;
}

interface PageGrid {
  parts: SidePart[][];
  grids: SideGrid[];
}

/** One page's sides: the columns each side places figures in, anchored where its figures sit. */
function pageGrid(data: readonly Line[], columns: readonly Column[], spec: TableSpec, unit: MeasureUnit): PageGrid {
  const sides = sidesOf(columns, data.map(lineTokens));
  const parts = data.map((line) => spanFooter(lineParts(line, sides), sides, spec));
  const width = charWidth(data.flatMap((line) => lineTokens(line)));
  const grids = sides.map((side, s): SideGrid => {
    const figureColumns = side.columns.filter((column) => column.role.kind === 'figure' || (column.role.kind === 'unknown' && hasFigures(parts, s, column)));
    const learned = learnAnchors(
      parts.map((line) => line[s]!.figures),
      figureColumns.map(centre),
      width,
      (figures) => arithmeticFor(figureColumns, spec, unit, figures)
    );
    return { side, figureColumns, anchors: learned.positions, width };
  });
  return { parts, grids };
}

/** Rows of every side across the table's pages (a label may wrap onto the next page). */
function readRows(pages: readonly PageGrid[], spec: TableSpec, context: ReadContext, unit: MeasureUnit, issues: Issue[]): TableRow[] {
  const out: TableRow[] = [];
  const sideCount = Math.max(0, ...pages.map((page) => page.grids.length));
  const sided: IncomeContext = newIncomeContext();
  // Where each line's figures went on the sides read so far.
  const placed = new Map<Line, Line>();
  for (let s = 0; s < sideCount; s++) {
    const gridOf = new Map<Line, SideGrid>();
    const sideParts: SidePart[] = [];
    for (const page of pages) {
      const grid = page.grids[s];
      if (!grid) continue;
      for (const line of page.parts) {
        sideParts.push(line[s]!);
        gridOf.set(line[s]!.line, grid);
      }
    }
    const raw = buildRows(sideParts, s, (part, side) => startsRow(spec, part, side), {
      columnOf: (figure, line) => nearestIndex(gridOf.get(line)!.anchors, centre(figure)),
      reconciles: (figures, line) => {
        const grid = gridOf.get(line)!;
        const assignment = assignFigures(figures, grid.anchors, grid.width);
        if (assignment.reason) return false;
        const values = new Map(assignment.columns.map((col, i) => [col!, figures[i]!]));
        const arithmetic = arithmeticFor(grid.figureColumns, spec, unit, figures);
        return arithmetic ? arithmetic(values) === 0 : false;
      },
      continues: (row, words) => continuesLabel(spec, s, row.words, words),
      completes: (row, words) => completesLabel(spec, s, row.words, words),
      companion: (line) => placed.get(line)
    });
    for (const row of raw) for (const line of row.lines) if (!placed.has(line)) placed.set(line, row.keyLine);
    for (const row of raw) {
      const built = buildRow(row, gridOf.get(row.keyLine)!, spec, context, unit, sided, issues);
      if (built) out.push(built);
    }
  }
  return out;
}

function hasFigures(parts: readonly SidePart[][], side: number, column: Column): boolean {
  return parts.some((line) => line[side]!.figures.some((figure) => centre(figure) >= column.x0 - 2 && centre(figure) <= column.x1 + 2));
}

/**
 * A footer label spans the sides after it ("当年支出小计 … 21,955.35"): a side with a row label
 * and no figure, followed by a side with figures and no label, is one row.
 */
function spanFooter(parts: SidePart[], sides: readonly Side[], spec: TableSpec): SidePart[] {
  for (let s = 0; s + 1 < parts.length; s++) {
    const label = parts[s]!;
    const figures = parts[s + 1]!;
    if (label.words.length === 0 || label.figures.length > 0 || figures.words.length > 0 || figures.codes.length > 0 || figures.figures.length === 0) continue;
    if (!isTotalLabel(label.words.map((word) => word.text).join('')) && !startsRow(spec, label, s)) continue;
    const text = label.words.map((word) => word.text).join('');
    if (!/合计|小计|总计|结转/.test(text)) continue;
    // The spanning row's figure is its total: placed under the side's first figure column.
    const first = sides[s]!.columns.find((column) => column.role.kind === 'figure');
    if (!first || figures.figures.length !== 1) continue;
    const figure = figures.figures[0]!;
    const half = (figure.x1 - figure.x0) / 2;
    label.figures.push({ ...figure, x0: centre(first) - half, x1: centre(first) + half });
    figures.figures = [];
  }
  return parts;
}

function nearestIndex(anchors: readonly number[], x: number): number | null {
  let best: number | null = null;
  let distance = Infinity;
  anchors.forEach((anchor, index) => {
    const d = Math.abs(anchor - x);
    if (d < distance) {
      distance = d;
      best = index;
    }
  });
  return best;
}

/** The spec's row sums over the side's figure columns, as a placement test. */
function arithmeticFor(columns: readonly Column[], spec: TableSpec, unit: MeasureUnit, figures: readonly Token[]): RowArithmetic | undefined {
  void figures;
  const keys = columns.map((column) => (column.role.kind === 'figure' ? `${column.role.measure}${column.role.budget ? ':budget' : ''}` : ''));
  const sums = (spec.sums ?? []).flatMap(([whole, parts]) => [
    [String(whole), parts.map(String)] as const,
    [`${whole}:budget`, parts.map((part) => `${part}:budget`)] as const
  ]);
  const usable = sums.filter(([whole, parts]) => keys.includes(whole) && parts.some((part) => keys.includes(part)));
  if (usable.length === 0) return undefined;
  return (values) => {
    const byKey = new Map<string, Fen>();
    for (const [col, token] of values) {
      const fen = parseAmount(token.text, unit);
      if (fen === null) return usable.length;
      byKey.set(keys[col]!, fen);
    }
    return usable.filter(([whole, parts]) => (byKey.get(whole) ?? 0) !== parts.reduce((acc, part) => acc + (byKey.get(part) ?? 0), 0)).length;
  };
}

function buildRow(
  raw: RawRow,
  grid: SideGrid,
  spec: TableSpec,
  context: ReadContext,
  unit: MeasureUnit,
  sided: IncomeContext,
  issues: Issue[]
): TableRow | null {
  // Header words repeated among the rows (类 款 项) are no part of a row's label.
  const label = raw.words.filter((word) => headerMeaning(word)?.kind !== 'label').join('');
  const source = lineSource(context.file, raw.keyLine);
  const identity = identifyRow(spec, raw.side, raw.codes, label, sided);
  const figures = [...raw.figures].sort((a, b) => a.x0 - b.x0);
  if (!identity) {
    if (figures.length > 0) issues.push(issue(context.file, raw.keyLine, 'row-unidentified', `无法识别该行的科目，数字未计入（“${label || raw.codes.join(' ')}”）`));
    return null;
  }
  const arithmetic = arithmeticFor(grid.figureColumns, spec, unit, figures);
  const assignment = assignFigures(figures, grid.anchors, grid.width, { arithmetic });
  const values: Partial<Record<Measure | string, Fen>> = {};
  const boxes: Partial<Record<string, Box>> = {};
  const unplaced: Fen[] = [];
  let unreadable = 0;
  figures.forEach((figure, index) => {
    const fen = parseAmount(figure.text, unit);
    if (fen === null) {
      unreadable++;
      issues.push(issue(context.file, raw.keyLine, 'figure-unreadable', `无法读取数字“${figure.text}”，该格留空（不按 0 计）`));
      return;
    }
    const col = assignment.columns[index];
    const column = col == null ? undefined : grid.figureColumns[col];
    if (!column || column.role.kind !== 'figure') unplaced.push(fen);
    else {
      values[columnKey(column, grid)] = fen;
      const box = boxOf(figure, raw.lines);
      if (box) boxes[columnKey(column, grid)] = box;
    }
  });
  if (assignment.reason) issues.push(issue(context.file, raw.keyLine, 'figure-unplaced', `${assignment.reason}（${unplaced.map((fen) => formatWanyuanDisplay(fen)).join('、')}）`));
  // Blank cells of a fully placed printed row are zeros; a row with a figure we could not read has no known blanks.
  if (unplaced.length === 0 && unreadable === 0) for (const column of grid.figureColumns) if (column.role.kind === 'figure') values[columnKey(column, grid)] ??= 0;
  const row: TableRow = { ...identity, values: values as TableRow['values'], source, ...(unplaced.length > 0 ? { unplaced } : {}) };
  if (Object.keys(boxes).length > 0) row.boxes = boxes as TableRow['boxes'];
  return row;
}

/** A PDF figure's box: its x-range on the baseline of the line it was printed on. */
function boxOf(figure: Token, lines: readonly Line[]): Box | null {
  const line = figure.line ?? lines.find((candidate) => candidate.y !== undefined);
  if (!line || line.y === undefined || line.size === undefined) return null;
  return [round(figure.x0), round(line.y - line.size * 0.8), round(figure.x1), round(line.y + line.size * 0.2)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function columnKey(column: Column, grid: SideGrid): string {
  if (column.role.kind !== 'figure') return '';
  // A classified table with one amount column (机关运行经费支出, 金额): the row's own figure.
  if (grid.figureColumns.length === 1 && !column.role.budget) return 'total';
  return column.role.budget ? `budget:${column.role.measure}` : column.role.measure;
}

/**
 * Canonical rows: items printed as columns become one row per item ('total' = 决算数 or 预算数 of a
 * 预算, 'budget' = the 预算数 of a 决算); two-sided 人员经费 | 公用经费 tables keep one total row.
 */
function finishRows(rows: TableRow[], spec: TableSpec): TableRow[] {
  if (spec.shape === 'items' && spec.itemsAsColumns) return itemRows(rows);
  if (spec.classification === 'economic') rows = splitTotals(rows);
  return rows.map((row) => {
    const values: Partial<Record<Measure, Fen>> = {};
    for (const [key, value] of Object.entries(row.values)) {
      if (key.startsWith('budget:')) values[`budget_${key.slice(7)}` as Measure] = value;
      else values[key as Measure] = value;
    }
    return { ...row, values };
  });
}

/**
 * A basic-expenditure table printed in two halves ends each half with its own total (人员经费合计,
 * 公用经费合计): one canonical total row with the two parts.
 */
function splitTotals(rows: TableRow[]): TableRow[] {
  const parts = rows.filter((row) => row.classification === 'total' && /^(人员|公用)经费合计$/.test(wordForm(row.name)));
  if (parts.length === 0) return rows;
  const merged: TableRow = { ...parts[0]!, name: '合计', values: {} };
  for (const part of parts) {
    const measure: Measure = wordForm(part.name).startsWith('人员') ? 'personnel' : 'public';
    if (part.values.total !== undefined) merged.values[measure] = part.values.total;
    if (part.unplaced) merged.unplaced = [...(merged.unplaced ?? []), ...part.unplaced];
  }
  return [...rows.filter((row) => !parts.includes(row)), merged];
}

function itemRows(rows: readonly TableRow[]): TableRow[] {
  const out = new Map<string, TableRow>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.values)) {
      const budget = key.startsWith('budget:');
      const item = budget ? key.slice(7) : key;
      let itemRow = out.get(item);
      if (!itemRow) {
        itemRow = { classification: item === 'operating_costs' ? 'other' : 'sangong', code: item, name: item, level: 0, values: {}, source: row.source };
        out.set(item, itemRow);
      }
      itemRow.values[budget ? 'budget' : 'total'] = value;
    }
    if (row.unplaced) {
      const first = out.values().next().value ?? { ...row, values: {} };
      first.unplaced = [...(first.unplaced ?? []), ...row.unplaced];
      out.set(first.code ?? 'sangong_total', first);
    }
  }
  return [...out.values()];
}

export function issue(file: string, line: Line, code: string, message: string): Issue {
  const source: SourceRef = lineSource(file, line);
  return { code, message: `${source.file}:${source.line}：${message}（“${line.text}”）`, source };
}
