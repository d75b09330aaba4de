/**
 * 收支预算总表 (three sides: income | expenditure by function class | expenditure by use) and
 * 财政拨款收支预算总表 (income | use). Each side has a label column and a 金额 column.
 *
 * - A label belongs to the side whose area it starts in (side k starts at the x of side k−1's
 *   金额 header: labels are left of their own amounts).
 * - A label with a numbering prefix (一、 / 1.) starts a row; any other label continues the row
 *   above on its side ("1.一般公共预" … "算" wrap around the figure's line).
 * - A figure belongs to the 金额 column nearest to it, i.e. to the current row of that side.
 * - Footer rows (当年收入小计, 收入合计, 支出合计 …) span the sides: their figure is the one that
 *   follows their label on the same line.
 */
import type { Fen } from '../../../model/amount';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Line } from '../../../extract/types';
import { FOOTER_KEYS, INCOME_KEYS, USE_KEYS, functionClassCode } from './schema';
import { addUnplaced, sourceOf, unplacedIssue, type ParseContext } from './rows';
import { center, compact, lineTokens, type Token } from './tokens';

type SideKind = 'income' | 'function' | 'use';
const ROW_START = /^(?:[一二三四五六七八九十]+、|\d+[.．、])/;

export function parseSummary(lines: Line[], sides: SideKind[], context: ParseContext): TableRow[] {
  const firstData = lines.findIndex(isDataLine);
  if (firstData < 0) return [];
  const amountHeaders = lines
    .slice(0, firstData)
    .flatMap((l) => lineTokens(l))
    .filter((t) => compact(t.text) === '金额')
    .sort((a, b) => a.x0 - b.x0);
  const rows: TableRow[] = [];
  if (amountHeaders.length !== sides.length) {
    context.issues.push({
      code: 'jiangsu12-header',
      message: `${context.title}：表头应有${sides.length}个“金额”列，实际找到${amountHeaders.length}个，表格未能读取`,
      source: sourceOf(context.file, lines[0]!)
    });
    return rows;
  }
  const current: (TableRow | null)[] = sides.map(() => null);
  const sideOfLabel = (token: Token) => {
    let side = 0;
    amountHeaders.forEach((header, k) => {
      if (k + 1 < sides.length && token.x0 >= header.x0) side = k + 1;
    });
    return side;
  };
  // Sides by distance from the figure to their 金额 header; layout text squeezes some lines, so
  // the nearest side is taken only when its current row still lacks its figure.
  const sidesByDistance = (token: Token) =>
    amountHeaders
      .map((h, k) => ({ k, d: Math.abs(center(h) - center(token)) }))
      .sort((a, b) => a.d - b.d)
      .map((s) => s.k);
  for (const line of lines.slice(firstData)) {
    const tokens = lineTokens(line, context.unit).sort((a, b) => a.x0 - b.x0);
    if (tokens.some((t) => t.figure === null && footerKey(t.text))) {
      parseFooterLine(line, tokens, rows, context);
      continue;
    }
    for (const token of tokens) {
      if (token.figure === null) {
        const side = sideOfLabel(token);
        const text = compact(token.text);
        if (ROW_START.test(text) || !current[side]) {
          current[side] = startRow(sides[side]!, text, line, context);
          rows.push(current[side]!);
        } else current[side]!.name += text;
        continue;
      }
      const side = sidesByDistance(token).find((k) => {
        const row = current[k];
        return row != null && row.values[measureOf(row)] === undefined;
      });
      const row = side === undefined ? null : (current[side] ?? null);
      if (!row) {
        const target = rows[rows.length - 1];
        if (target) addUnplaced(target, [token.figure]);
        context.issues.push(unplacedIssue(context.file, line, context.title, [token.figure], '各栏当前行均已有金额'));
        continue;
      }
      const measure = measureOf(row);
      row.values[measure] = token.figure;
    }
  }
  for (const row of rows) finishRow(row, context);
  return rows;
}

function isDataLine(line: Line): boolean {
  return lineTokens(line).some(
    (t) => t.figure !== null || ROW_START.test(compact(t.text)) || footerKey(t.text) !== null
  );
}

function footerKey(text: string) {
  const compacted = compact(text);
  return FOOTER_KEYS.find(([, pattern]) => pattern.test(compacted)) ?? null;
}

function parseFooterLine(line: Line, tokens: Token[], rows: TableRow[], context: ParseContext): void {
  let row: TableRow | null = null;
  for (const token of tokens) {
    const footer = token.figure === null ? footerKey(token.text) : null;
    if (footer) {
      row = {
        classification: 'total',
        code: footer[0],
        name: compact(token.text),
        level: 0,
        side: footer[2],
        values: {},
        source: sourceOf(context.file, line)
      };
      rows.push(row);
    } else if (token.figure !== null && row && row.values.total === undefined) row.values.total = token.figure;
    else if (token.figure !== null) {
      const target = row ?? rows[rows.length - 1];
      if (target) addUnplaced(target, [token.figure]);
      context.issues.push(unplacedIssue(context.file, line, context.title, [token.figure], '合计行的数字前没有对应的行名'));
    }
  }
}

function startRow(side: SideKind, text: string, line: Line, context: ParseContext): TableRow {
  return {
    classification: side === 'income' ? 'income' : side === 'function' ? 'function' : 'other',
    code: null,
    name: text,
    level: side === 'income' && /^\d/.test(text) ? 2 : 1,
    side: side === 'income' ? 'income' : 'expenditure',
    values: {},
    source: sourceOf(context.file, line)
  };
}

function measureOf(row: TableRow): Measure {
  if (row.classification !== 'other') return 'total';
  const bare = row.name.replace(ROW_START, '');
  return USE_KEYS.find(([, pattern]) => pattern.test(bare))?.[0] ?? 'total';
}

/** Codes from the joined names; an empty cell of a printed row is zero. */
function finishRow(row: TableRow, context: ParseContext): void {
  const bare = row.name.replace(ROW_START, '');
  if (row.classification === 'income') row.code = INCOME_KEYS.find(([, p]) => p.test(bare))?.[0] ?? null;
  if (row.classification === 'function') row.code = functionClassCode(bare);
  if (row.classification === 'other') row.code = USE_KEYS.find(([, p]) => p.test(bare))?.[0] ?? null;
  if (row.code === null && row.classification !== 'function') {
    context.issues.push({
      code: 'jiangsu12-unknown-row',
      message: `${context.title}：未识别的行“${row.name}”`,
      source: row.source
    });
  }
  const measure = measureOf(row);
  const placed = Object.keys(row.values).length > 0;
  if (!placed && !row.unplaced) row.values[measure] = 0 as Fen;
}
