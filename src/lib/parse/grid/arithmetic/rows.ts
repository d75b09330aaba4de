/**
 * Rows of a text-only table from its lines. A row may be printed over several lines: the code
 * line, one or two lines of wrapped name, then the figures line ("208 05 05" / "机关事业单位基本养老" /
 * "保险缴费支出" / "34.13 34.13 34.13"). A row's source is the line where its figures are printed.
 * Repeated headers after a page break (with or without the 编制单位 line) are skipped.
 */
import type { Line } from '../../../extract/types';
import type { Issue, SourceRef } from '../../../model/source';
import { compact, readRowLine, type CodeScheme } from './tokens';

export interface RawRow {
  /** 'code': a classified row; 'total': 总计/合计; 'named': a row with a name but no code (e.g. a unit name). */
  kind: 'code' | 'total' | 'named';
  code: string | null;
  /** Name tokens, in order, across the lines the row is printed on. */
  nameTokens: string[];
  /** Name tokens printed on the code line itself (lets a caller split function name / project name). */
  firstLineTokens: string[];
  figures: string[];
  source: SourceRef;
  /** Lines the row spans (first … figures line). */
  lines: number[];
}

export interface ReadRowsOptions {
  file: string;
  scheme: CodeScheme;
  /** Line numbers to skip (e.g. the declared-empty sentence). */
  skip?: ReadonlySet<number>;
}

/** Header words of these templates; a page-break line carrying one starts a repeated header. */
const HEADER_WORDS = /功能分类|经济分类|科目编码|科目名称|项\s*目|类\s*款|^※|^编制(单位|部门)|单位[:：]\s*(万元|元)/;
const REPEATED_HEADER = /^编制(单位|部门)/;
const PROSE = /。|^注|^备注/;

export function sourceOf(file: string, line: Line): SourceRef {
  return { file, page: line.page, line: line.line, text: line.text };
}

export function readRows(lines: readonly Line[], options: ReadRowsOptions): { rows: RawRow[]; issues: Issue[] } {
  const rows: RawRow[] = [];
  const issues: Issue[] = [];
  let pending: Omit<RawRow, 'source' | 'figures'> & { first: Line } | null = null;
  let inHeader = true;
  let previousPage: number | null = null;

  const unreadable = (line: Line, why: string) =>
    issues.push({
      code: 'table-line-unreadable',
      message: `${options.file} 第 ${line.line} 行：表格中的这一行无法读取（${why}）：“${line.text}”`,
      source: sourceOf(options.file, line)
    });
  const flush = () => {
    if (!pending) return;
    if (pending.kind === 'code') {
      // A printed row with no figures: every cell empty (counts as 0).
      rows.push({ ...pending, figures: [], source: sourceOf(options.file, pending.first) });
    } else {
      unreadable(pending.first, '只有名称，没有数字');
    }
    pending = null;
  };

  for (const line of lines) {
    if (options.skip?.has(line.line)) continue;
    const pageChanged = previousPage !== null && line.page !== previousPage;
    previousPage = line.page;
    const tokens = line.cells.map((cell) => cell.text);
    const read = readRowLine(tokens, options.scheme);
    const startsData = read.code !== null || (read.isTotal && read.figures.length > 0);
    if (REPEATED_HEADER.test(line.text) || (pageChanged && !startsData && HEADER_WORDS.test(line.text))) {
      flush();
      inHeader = true;
      continue;
    }
    if (inHeader && !startsData) continue;
    inHeader = false;
    if (PROSE.test(line.text) && read.figures.length === 0) continue;

    if (startsData) {
      flush();
      const kind = read.code !== null ? 'code' : 'total';
      pending = { kind, code: read.code, nameTokens: read.nameTokens, firstLineTokens: read.nameTokens, lines: [line.line], first: line };
    } else if (pending) {
      pending.nameTokens = [...pending.nameTokens, ...read.nameTokens];
      pending.lines.push(line.line);
    } else if (read.nameTokens.length > 0) {
      pending = { kind: 'named', code: null, nameTokens: read.nameTokens, firstLineTokens: read.nameTokens, lines: [line.line], first: line };
    } else {
      unreadable(line, '数字前没有科目编码或名称');
      continue;
    }
    if (read.figures.length > 0) {
      const { first: _first, ...row } = pending!;
      void _first;
      rows.push({ ...row, figures: read.figures, source: sourceOf(options.file, line) });
      pending = null;
    }
  }
  flush();
  return { rows, issues };
}

/** Joined name (Chinese names wrap without spaces). */
export function rowName(row: Pick<RawRow, 'nameTokens'>): string {
  return compact(row.nameTokens.join(''));
}
