/**
 * 政府采购 tables: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计. Only 总计
 * holds figures. Cells wrap heavily and continuation pages may come without a header and with
 * shifted columns, so levels come from the arithmetic, not from positions: after a category
 * (一、货物 A) the first figure is a project line, the figures that follow are its items until they
 * add up to it, then the next project line, and so on. Rows are named from the fragments around
 * their figure line (see procurement-names.ts).
 */
import type { Line } from '../../extract/types';
import { lineSource } from '../../extract/join';
import { parseAmount, type Fen, type MeasureUnit } from '../../model/amount';
import type { TableRow } from '../../model/disclosure';
import type { Issue } from '../../model/source';
import { headerMeaning, wordForm } from '../../model/vocabulary';
import { assignNames, type Fragment } from './procurement-names';
import { compact, lineTokens } from './tokens';

const CATEGORY_CODES: Record<string, string> = { 货物: 'A', 工程: 'B', 服务: 'C' };
const CATEGORY = /^[一二三四五六七八九十]+、\s*(货物|工程|服务)\s*([A-C])?/;
const HEADER = /采购品目|专项名称|经济科目|采购物品|采购组织|^总计$|^(大类|类|形式|式|名称)$/;

export function readProcurement(lines: readonly Line[], file: string, unit: MeasureUnit, title: string, issues: Issue[]): TableRow[] {
  const figureLines: { index: number; line: Line; value: Fen }[] = [];
  const fragments: Fragment[] = [];
  lines.forEach((line, index) => {
    const tokens = lineTokens(line);
    // Amounts print decimals here; a bare integer is part of a name ("总预算20万以下").
    const amount = (token: { kind: string; text: string }) => token.kind === 'figure' && /[.,]/.test(token.text);
    const texts = tokens.filter((token) => !amount(token) && !HEADER.test(wordForm(token.text)) && headerMeaning(token.text)?.kind !== 'label');
    const figures = tokens.filter(amount);
    if (figures.length > 1) {
      issues.push({ code: 'figure-unplaced', message: `${title}：第${line.line}行有${figures.length}个数字，本表只有“总计”一列，未计入`, source: lineSource(file, line) });
      return;
    }
    const value = figures[0] ? parseAmount(figures[0].text, unit) : null;
    if (value !== null) figureLines.push({ index, line, value });
    else if (figures[0]) issues.push({ code: 'figure-unreadable', message: `${title}：第${line.line}行的数字“${figures[0].text}”无法读取，该行未计入（不按 0 计）`, source: lineSource(file, line) });
    const own = texts.map((token) => wordForm(token.text)).join('');
    if (CATEGORY.test(own) || /^合计/.test(own)) return; // named from their own line below
    for (const token of texts) fragments.push({ text: compact(token.text), x0: token.x0, x1: token.x1, index });
  });
  const names = assignNames(fragments, figureLines.map((figure) => figure.index));
  const rows: TableRow[] = [];
  let project: { row: TableRow; remaining: Fen } | null = null;
  figureLines.forEach((figure, k) => {
    // 合计 and category labels sit on their figure's own line.
    const own = lineTokens(figure.line).filter((token) => token.kind === 'word' || !/[.,]/.test(token.text)).map((token) => compact(token.text)).join('');
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
      source: lineSource(file, figure.line)
    };
    rows.push(row);
    if (level === 2) project = { row, remaining: figure.value };
    else if (level === 3 && project) {
      project.remaining -= figure.value;
      if (project.remaining < 0) {
        issues.push({ code: 'procurement-sum', message: `${title}：“${project.row.name}”之下的明细合计超过其金额`, source: lineSource(file, figure.line) });
        project = null;
      }
    } else project = null;
  });
  return rows;
}
