/**
 * 政府采购支出预算表: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计.
 * Only 总计 holds figures. Cells wrap heavily and continuation pages may come without a header
 * and with shifted columns, so levels are taken from the arithmetic, not from positions:
 * after a category (一、货物 A), the first figure is a project line, the figures that follow
 * are its items until they add up to it, then the next project line, and so on.
 * Names: see procurement-names.ts (fragments centred on their figure line, columns read top to bottom).
 */
import type { Fen } from '../../../model/amount';
import type { TableRow } from '../../../model/disclosure';
import type { Line } from '../../../extract/types';
import { sourceOf, type ParseContext } from './rows';
import { compact, lineTokens } from './tokens';
import { assignNames, fitColumns, type Fragment } from './procurement-names';

const CATEGORY_CODES: Record<string, string> = { 货物: 'A', 工程: 'B', 服务: 'C' };
const CATEGORY = /^[一二三四五六七八九十]+、\s*(货物|工程|服务)\s*([A-C])?/;
const HEADER = /采购品目|专项名称|经济科目|采购物品|采购组织|^总计$|^(大类|类|形式|式|名称)$/;

export function parseProcurement(lines: Line[], context: ParseContext): TableRow[] {
  const figureLines: { index: number; line: Line; value: Fen }[] = [];
  const fragments: Fragment[] = [];
  const tokenLines = lines.map((line) => lineTokens(line, context.unit));
  const spans = fitColumns(lines.map((line, i) => ({ page: line.page, tokens: tokenLines[i]! })));
  lines.forEach((line, index) => {
    const tokens = tokenLines[index]!.map((t, k) => ({ ...t, ...spans[index]![k]! }));
    const texts = tokens.filter((t) => t.figure === null && !HEADER.test(compact(t.text)));
    const figures = tokens.filter((t) => t.figure !== null);
    if (figures.length > 1) {
      context.issues.push({
        code: 'jiangsu12-unplaced-figure',
        message: `${context.title}：第${line.line}行有${figures.length}个数字，本表只有“总计”一列，未计入`,
        source: sourceOf(context.file, line)
      });
      return;
    }
    if (figures.length === 1) figureLines.push({ index, line, value: figures[0]!.figure! });
    const own = texts.map((t) => compact(t.text)).join('');
    if (CATEGORY.test(own) || /^合计/.test(own)) return; // named from their own line below
    for (const t of texts) fragments.push({ text: compact(t.text), x0: t.x0, x1: t.x1, index });
  });
  const names = assignNames(fragments, figureLines.map((f) => f.index));
  const rows: TableRow[] = [];
  let project: { row: TableRow; remaining: Fen } | null = null;
  figureLines.forEach((figure, k) => {
    // 合计 and category labels sit on their figure's own line.
    const own = lineTokens(figure.line, context.unit).filter((t) => t.figure === null).map((t) => compact(t.text)).join('');
    const category = CATEGORY.exec(own);
    const name = category || /^合计/.test(own) ? own : (names[k] ?? '');
    let level: number;
    if (/^合计/.test(own)) level = 0;
    else if (category) level = 1;
    else if (project && project.remaining > 0) level = 3;
    else level = 2;
    const row: TableRow = {
      classification: level === 0 ? 'total' : 'other',
      code: category ? (category[2] ?? CATEGORY_CODES[category[1]!] ?? null) : null,
      name,
      level,
      values: { total: figure.value },
      source: sourceOf(context.file, figure.line)
    };
    rows.push(row);
    if (level === 2) project = { row, remaining: figure.value };
    else if (level === 3 && project) {
      project.remaining -= figure.value;
      if (project.remaining < 0) {
        context.issues.push({
          code: 'jiangsu12-procurement-sum',
          message: `${context.title}：“${project.row.name}”之下的明细合计超过其金额`,
          source: sourceOf(context.file, figure.line)
        });
        project = null;
      }
    } else project = null;
  });
  return rows;
}
