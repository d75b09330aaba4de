/**
 * Reads the body of one table whose lines carry x-positions: header columns per page (repeated
 * headers are re-read; a page without a header inherits the previous page's columns, with
 * anchors re-derived from the page's own complete rows when it has some), lone page numbers
 * dropped, each figure placed in a column or left unplaced with an Issue.
 */
import type { Line } from '../../extract/types';
import type { MeasureUnit } from '../../model/amount';
import type { Issue } from '../../model/source';
import { assignFigures, type RowArithmetic } from './assign';
import { headerColumns, headerScore, type Column, type ColumnSpec } from './columns';
import { isDataLine, isNoteLine, isPageNumberLine, isPreambleLine, unitOfLine } from './page-lines';
import { centre, charWidth, isCodePart, isFigure, lineTokens, type Token } from './tokens';

export interface ColumnSpecWithSide extends ColumnSpec {
  /** 0 = left (or only) side, 1 = right side of a two-sided table. */
  side?: 0 | 1;
}

export interface PlacedFigure {
  text: string;
  /** Column key, or null when the figure could not be placed. */
  key: string | null;
}

export interface SideRow {
  side: 0 | 1;
  /** Leading class-code parts as printed ("201", "06", "01"). */
  codeParts: string[];
  label: string;
  figures: PlacedFigure[];
}

export interface ReadRow {
  line: Line;
  sides: SideRow[];
}

export interface ReadTable {
  unit: MeasureUnit | null;
  /** Figure columns of the first header, in printed order (keys). */
  keys: string[];
  rows: ReadRow[];
  /** 注：… lines and 无 markers. */
  notes: Line[];
  issues: Issue[];
  lastLine: Line | null;
}

export interface ReadOptions {
  file: string;
  /** Layout text: re-measure on pdftotext's character grid. */
  grid: boolean;
  /** Whether rows start with class codes in code columns. */
  codes: boolean;
  arithmetic?: (keys: readonly string[]) => RowArithmetic | undefined;
}

/** `lines`: everything after the title line up to the table's end. */
export function readTable(lines: readonly Line[], specs: readonly ColumnSpecWithSide[], options: ReadOptions): ReadTable {
  const result: ReadTable = { unit: null, keys: [], rows: [], notes: [], issues: [], lastLine: null };
  let columns: Column[] | null = null;
  for (const pageLines of byPage(lines)) {
    const body = pageLines.filter((line) => !isPageNumberLine(line, pageLines));
    const tokens = new Map(body.map((line) => [line, lineTokens(line, options.grid)] as const));
    const header: Token[][] = [];
    const data: Line[] = [];
    for (const line of body) {
      const unit = unitOfLine(line);
      if (unit && result.unit === null) result.unit = unit;
      if (isPreambleLine(line)) continue;
      if (isNoteLine(line)) result.notes.push(line);
      else if (data.length > 0 || (isDataLine(line, tokens.get(line)!) && !looksLikeHeader(tokens.get(line)!, specs))) data.push(line);
      else header.push(tokens.get(line)!);
      result.lastLine = line;
    }
    const pageColumns = header.length > 0 ? headerColumns(header, specs) : null;
    const inherited = pageColumns === null;
    if (pageColumns) columns = pageColumns;
    if (!columns) {
      const firstData = data[0];
      if (firstData) result.issues.push(issue(options.file, firstData, 'table-header-missing', '表格没有可识别的表头，无法确定各数字所属的列'));
      continue;
    }
    const figureColumns = columns.filter((column) => !column.labelColumn);
    if (result.keys.length === 0) result.keys = figureColumns.map((column) => column.key);
    const sideOf = new Map(specs.map((spec) => [spec.key, spec.side ?? 0]));
    const pageRows = data.map((line) => splitRow(line, tokens.get(line)!, options.codes));
    const width = charWidth(body.flatMap((line) => tokens.get(line)!));
    const arithmetic = options.arithmetic?.(figureColumns.map((column) => column.key));
    const anchors = learnAnchors(pageRows.map((row) => row.figures), figureColumns, width, arithmetic);
    const spacing = minSpacing(anchors);
    pageRows.forEach(({ line, figures, words }) => {
      if (figures.length === 0 && words.length === 0) return;
      const assignment = assignFigures(figures, anchors.positions, width, { arithmetic });
      let reason = assignment.reason;
      // assignFigures gives one column per figure, each an index into the anchors.
      const cols = assignment.columns.map((col, index) => {
        // A headerless page with no complete row: only figures close to an inherited column stand.
        if (col !== null && inherited && !anchors.fromRows && Math.abs(centre(figures[index]!) - anchors.positions[col]!) > spacing / 2) {
          reason = '续页没有表头，且数字与上一页的列位置错开，无法确定所属列';
          return null;
        }
        return col;
      });
      if (reason) result.issues.push(issue(options.file, line, 'figure-unplaced', reason));
      const rightStart = sideBoundary(figureColumns, anchors.positions, sideOf);
      const placed = figures.map((figure, index) => {
        const col = cols[index] ?? null;
        // Anchors are the figure columns' positions, so a placed column indexes figureColumns.
        const key = col === null ? null : figureColumns[col]!.key;
        const side: 0 | 1 = key === null ? (centre(figure) >= rightStart ? 1 : 0) : sideOf.get(key) ?? 0;
        return { figure, key, side };
      });
      result.rows.push({ line, sides: buildSides(words, placed, rightStart, options.codes) });
    });
  }
  return result;
}

/**
 * 合计 also heads a column: before the first row, a line of several labels without a figure or
 * a class code is a header line (a group line such as 合计 / 因公出国(境)费 / 公务用车购置及运行费).
 */
function looksLikeHeader(tokens: Token[], specs: readonly ColumnSpec[]): boolean {
  if (tokens.some((token) => isFigure(token.text))) return false;
  return headerScore(tokens, specs) >= 2 || (tokens.length >= 2 && !isCodePart(tokens[0]!.text));
}

function byPage(lines: readonly Line[]): Line[][] {
  const pages: Line[][] = [];
  for (const line of lines) {
    const last = pages[pages.length - 1];
    if (last && last[0]?.page === line.page) last.push(line);
    else pages.push([line]);
  }
  return pages;
}

/** Separates figures from words; code-like leading integers stay words when codes are expected. */
function splitRow(line: Line, tokens: Token[], codes: boolean): { line: Line; figures: Token[]; words: Token[] } {
  const figures: Token[] = [];
  const words: Token[] = [];
  tokens.forEach((token, index) => {
    const codeLike = codes && isCodePart(token.text) && !token.text.includes('.') && tokens.slice(index + 1).some((later) => !isFigure(later.text));
    if (isFigure(token.text) && !codeLike) figures.push(token);
    else words.push(token);
  });
  return { line, figures, words };
}

/** Header centres, replaced by the median figure centres of complete rows when the page has any. */
function pageAnchors(rows: Token[][], columns: Column[]): { positions: number[]; fromRows: boolean } {
  const complete = rows.filter((figures) => figures.length === columns.length);
  if (complete.length === 0) return { positions: columns.map(centre), fromRows: false };
  // A complete row has one figure per column.
  const positions = columns.map((_, index) => median(complete.map((figures) => centre(figures[index]!))));
  return { positions, fromRows: true };
}

/**
 * Second look: where the page's rows placed figures without doubt, the columns sit where those
 * figures are (numbers are right-aligned under centred labels); columns no row used move by the
 * mean displacement of the others.
 */
function learnAnchors(rows: Token[][], columns: Column[], width: number, arithmetic?: RowArithmetic): { positions: number[]; fromRows: boolean } {
  const first = pageAnchors(rows, columns);
  if (first.fromRows) return first;
  const seen: number[][] = columns.map(() => []);
  for (const figures of rows) {
    const assignment = assignFigures(figures, first.positions, width, { arithmetic });
    if (assignment.reason) continue;
    // Without a reason every figure has a column, an index into the anchors (one per column).
    figures.forEach((figure, index) => seen[assignment.columns[index]!]!.push(centre(figure)));
  }
  // seen and first.positions both hold one entry per column.
  const moved = seen.map((centres, index) => (centres.length ? median(centres) - first.positions[index]! : null));
  const known = moved.filter((shift): shift is number => shift !== null);
  if (known.length === 0) return first;
  const mean = known.reduce((a, b) => a + b, 0) / known.length;
  const positions = first.positions.map((position, index) => position + (moved[index] ?? mean));
  // Keep the learned positions only when they stay in printed order.
  return positions.every((position, index) => index === 0 || position > positions[index - 1]!) ? { positions, fromRows: false } : first;
}

/** Callers pass a non-empty list, so mid (and mid − 1 for an even length) are in range. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function minSpacing(anchors: { positions: number[] }): number {
  let spacing = Infinity;
  for (let i = 1; i < anchors.positions.length; i++) spacing = Math.min(spacing, anchors.positions[i]! - anchors.positions[i - 1]!);
  return Number.isFinite(spacing) ? spacing : Infinity;
}

/** Words at or right of the left side's last figure column belong to the right side. */
function sideBoundary(columns: Column[], anchors: number[], sideOf: Map<string, 0 | 1>): number {
  let boundary = Infinity;
  columns.forEach((column, index) => {
    // One anchor per figure column.
    if ((sideOf.get(column.key) ?? 0) === 0) boundary = anchors[index]!;
  });
  return columns.some((column) => sideOf.get(column.key) === 1) ? boundary : Infinity;
}

function buildSides(words: Token[], placed: { figure: Token; key: string | null; side: 0 | 1 }[], rightStart: number, codes: boolean): SideRow[] {
  const sides: SideRow[] = [];
  for (const side of [0, 1] as const) {
    const own = words.filter((word) => (word.x0 >= rightStart ? 1 : 0) === side);
    const figures = placed.filter((item) => item.side === side).map((item) => ({ text: item.figure.text, key: item.key }));
    if (own.length === 0 && figures.length === 0) continue;
    const codeParts: string[] = [];
    for (const word of own) {
      if (!codes || !isCodePart(word.text)) break;
      codeParts.push(word.text);
    }
    sides.push({ side, codeParts, label: own.slice(codeParts.length).map((word) => word.text).join(''), figures });
  }
  return sides;
}

export function issue(file: string, line: Line, code: string, message: string): Issue {
  return { code, message: `${file}:${line.line}：${message}（“${line.text}”）`, source: { file, page: line.page, line: line.line, text: line.text } };
}
