/**
 * Single-amount tables keyed by a code: 财政拨款支出 / 一般公共预算支出 / 政府性基金支出
 * (功能分类 201 · 20404 · 2040401) and 财政拨款基本支出 / 一般公共预算基本支出 / 机关运行经费
 * (经济分类 301 · 30101). Layout: code | name | amount, plus a 合计 row. A name that wraps
 * continues the row above; a figure alone on a line belongs to the row above when that row
 * has none yet.
 */
import type { Classification, TableRow } from '../../../model/disclosure';
import type { Line } from '../../../extract/types';
import { addUnplaced, sourceOf, unplacedIssue, type ParseContext } from './rows';
import { CODE, compact, lineTokens } from './tokens';

const TOTAL = /^合计$/;
const HEADER = /科目(代码|编码|名称)|^金额$|机关运行经费支出/;

export function parseCoded(lines: Line[], classification: Classification, context: ParseContext): TableRow[] {
  const rows: TableRow[] = [];
  let last: TableRow | null = null;
  for (const line of lines) {
    const tokens = lineTokens(line, context.unit);
    const figures = tokens.filter((t) => t.figure !== null).map((t) => t.figure!);
    const texts = tokens.filter((t) => t.figure === null).map((t) => t.text);
    const first = texts[0] ?? '';
    if (figures.length === 0 && texts.every((t) => HEADER.test(compact(t)))) continue;
    const isCode = CODE.test(first) && tokens[0]!.figure === null && tokens[0]!.text === first;
    const isTotal = !isCode && TOTAL.test(compact(texts.join('')));
    if (isCode || isTotal) {
      const row: TableRow = {
        classification: isTotal ? 'total' : classification,
        code: isCode ? first : null,
        name: isCode ? texts.slice(1).join('') : '合计',
        level: isCode ? (first.length - 1) / 2 : 0,
        values: {},
        source: sourceOf(context.file, line)
      };
      placeSingle(row, figures, line, context);
      rows.push(row);
      last = row;
      continue;
    }
    if (!last) {
      if (figures.length > 0 || texts.length > 0) {
        context.issues.push({
          code: 'jiangsu12-stray-line',
          message: `${context.title}：第${line.line}行不属于任何科目行：“${line.text.trim()}”`,
          source: sourceOf(context.file, line)
        });
      }
      continue;
    }
    // A wrapped name, or a figure printed on the line between name fragments.
    if (texts.length > 0) last.name += texts.join('');
    if (figures.length > 0) {
      if (last.values.total === undefined) placeSingle(last, figures, line, context);
      else {
        addUnplaced(last, figures);
        context.issues.push(unplacedIssue(context.file, line, context.title, figures, '该行没有科目编码'));
      }
    }
  }
  return rows;
}

/** One amount column: one figure is the amount; more than one cannot be placed. */
function placeSingle(row: TableRow, figures: number[], line: Line, context: ParseContext): void {
  if (figures.length === 1) row.values.total = figures[0];
  else if (figures.length > 1) {
    addUnplaced(row, figures);
    context.issues.push(unplacedIssue(context.file, line, context.title, figures, '本表只有一列金额'));
  }
}

/**
 * Whether a coded table has any figure. A printed empty 合计 row counts as zero
 * (DESIGN.md: an empty cell in a printed row is zero).
 */
export function finishCoded(rows: TableRow[]): void {
  for (const row of rows) if (row.values.total === undefined && !row.unplaced) row.values.total = 0;
}
