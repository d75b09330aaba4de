/**
 * 收入预算总表 of this family: a vertical list, not a function × source grid.
 *   收入总计 | group (一般公共预算资金, 政府性基金, 财政专户管理资金, 其他资金, 上年结转和结余资金)
 *   | sub-item (小计, 公共财政拨款(补助)资金, 专项收入, …) | 金额
 * A group label is printed vertically centred on its sub-items, so it is not on its 小计's line;
 * each group has exactly one 小计, first in the group, so the k-th 小计 opens the k-th group.
 */
import type { Fen } from '../../../model/amount';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Line } from '../../../extract/types';
import { INCOME_GROUPS } from './schema';
import { addUnplaced, sourceOf, unplacedIssue, type ParseContext } from './rows';
import { compact, lineTokens } from './tokens';

const HEADER = /^(项目名称|金额)$/;

export function parseIncomeList(lines: Line[], context: ParseContext): TableRow[] {
  const groupsSeen: { measure: Measure; line: Line }[] = [];
  const subtotals: { line: Line; value: Fen | undefined }[] = [];
  const items: { name: string; line: Line; value: Fen | undefined; subtotalIndex: number }[] = [];
  let total: { line: Line; value: Fen | undefined } | null = null;
  const place = (line: Line, figures: Fen[]): Fen | undefined => {
    if (figures.length <= 1) return figures[0];
    context.issues.push(unplacedIssue(context.file, line, context.title, figures, '本表只有一列金额'));
    return undefined;
  };
  for (const line of lines) {
    const tokens = lineTokens(line, context.unit);
    const figures = tokens.filter((t) => t.figure !== null).map((t) => t.figure!);
    for (const token of tokens.filter((t) => t.figure === null)) {
      const text = compact(token.text);
      if (HEADER.test(text)) continue;
      const group = INCOME_GROUPS.find(([, pattern]) => pattern.test(text));
      if (group) groupsSeen.push({ measure: group[0], line });
      else if (text === '收入总计') total = { line, value: place(line, figures) };
      else if (text === '小计') subtotals.push({ line, value: place(line, figures) });
      else items.push({ name: text, line, value: place(line, figures), subtotalIndex: subtotals.length - 1 });
    }
  }
  const rows: TableRow[] = [];
  if (!total) return rows;
  const totalRow: TableRow = {
    classification: 'total',
    code: null,
    name: '收入总计',
    level: 0,
    values: { total: total.value ?? 0 },
    source: sourceOf(context.file, total.line)
  };
  rows.push(totalRow);
  if (groupsSeen.length !== subtotals.length) {
    context.issues.push({
      code: 'jiangsu12-income-groups',
      message: `${context.title}：收入分组${groupsSeen.length}个，而“小计”行${subtotals.length}个，无法对应，各小计未计入`,
      source: sourceOf(context.file, total.line)
    });
    addUnplaced(totalRow, subtotals.flatMap((s) => (s.value === undefined ? [] : [s.value])));
    return rows;
  }
  subtotals.forEach((subtotal, k) => {
    const group = groupsSeen[k]!;
    const next = subtotals[k + 1]?.line.line ?? Infinity;
    if (group.line.line < subtotal.line.line || group.line.line >= next) {
      context.issues.push({
        code: 'jiangsu12-income-groups',
        message: `${context.title}：分组“${group.line.text.trim()}”不在第${k + 1}个“小计”所在的行范围内`,
        source: sourceOf(context.file, group.line)
      });
    }
    totalRow.values[group.measure] = subtotal.value ?? 0;
  });
  for (const item of items) {
    if (item.subtotalIndex < 0) {
      context.issues.push({
        code: 'jiangsu12-stray-line',
        message: `${context.title}：第${item.line.line}行“${item.name}”不属于任何收入分组`,
        source: sourceOf(context.file, item.line)
      });
      continue;
    }
    const measure = groupsSeen[item.subtotalIndex]!.measure;
    rows.push({
      classification: 'income',
      code: measure,
      name: item.name,
      level: 2,
      values: { [measure]: item.value ?? 0 },
      source: sourceOf(context.file, item.line)
    });
  }
  return rows;
}
