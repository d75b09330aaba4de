/**
 * A 收入预算总表 printed as a vertical list rather than a function × source grid:
 *   收入总计 | group (一般公共预算资金, 政府性基金, 财政专户管理资金, 其他资金, 上年结转和结余资金)
 *   | item (小计, 公共财政拨款(补助)资金, 专项收入, …) | 金额
 * A group label is printed vertically centred on its items, so it is often not on its 小计's line;
 * each group has exactly one 小计, first in the group, so the k-th 小计 opens the k-th group.
 * Canonical rows: the 收入总计 row with each group's 小计 under the group's measure, then one
 * 'income' row per item keyed by its group's measure.
 */
import type { Line } from '../../extract/types';
import { lineSource } from '../../extract/join';
import { parseAmount, type Fen, type MeasureUnit } from '../../model/amount';
import type { Measure, TableRow } from '../../model/disclosure';
import type { Issue } from '../../model/source';
import { headerMeaning, wordForm } from '../../model/vocabulary';
import { lineTokens } from './tokens';

const GROUP_MEASURES: readonly Measure[] = ['general_budget', 'gov_fund', 'fiscal_special', 'unit_funds', 'carryover'];

function groupOf(text: string): Measure | null {
  const meaning = headerMeaning(text);
  return meaning?.kind === 'measure' && GROUP_MEASURES.includes(meaning.measure as Measure) ? (meaning.measure as Measure) : null;
}

export function readGrouped(lines: readonly Line[], file: string, unit: MeasureUnit, title: string, issues: Issue[]): TableRow[] {
  const groups: { measure: Measure; line: Line }[] = [];
  const subtotals: { line: Line; value: Fen | undefined | null }[] = [];
  const items: { name: string; line: Line; value: Fen | undefined | null; subtotal: number }[] = [];
  let total: { line: Line; value: Fen | undefined | null } | null = null;
  /** undefined: nothing printed (a blank, 0 where the row is printed); null: a figure nobody can read (never 0). */
  const value = (line: Line, figures: string[]): Fen | undefined | null => {
    if (figures.length > 1) {
      issues.push({ code: 'figure-unplaced', message: `${title}：第${line.line}行有${figures.length}个数字，本表只有一列金额，未计入`, source: lineSource(file, line) });
      return null;
    }
    if (figures[0] === undefined) return undefined;
    const fen = parseAmount(figures[0], unit);
    if (fen === null) issues.push({ code: 'figure-unreadable', message: `${title}：第${line.line}行的数字“${figures[0]}”无法读取，该格留空（不按 0 计）`, source: lineSource(file, line) });
    return fen;
  };
  const cell = (measure: Measure, fen: Fen | undefined | null): TableRow['values'] => (fen === null ? {} : { [measure]: fen ?? 0 });
  for (const line of lines) {
    const tokens = lineTokens(line);
    const figures = tokens.filter((token) => token.kind === 'figure').map((token) => token.text);
    for (const token of tokens.filter((t) => t.kind === 'word')) {
      const text = wordForm(token.text);
      if (headerMeaning(text)?.kind === 'label' || headerMeaning(text)?.kind === 'generic' && text !== '小计') continue;
      const group = groupOf(text);
      if (group) groups.push({ measure: group, line });
      else if (/^收入(总计|合计)$/.test(text)) total = { line, value: value(line, figures) };
      else if (text === '小计') subtotals.push({ line, value: value(line, figures) });
      else items.push({ name: text, line, value: value(line, figures), subtotal: subtotals.length - 1 });
    }
  }
  if (!total) return [];
  const totalRow: TableRow = { classification: 'total', code: null, name: '收入总计', level: 0, values: cell('total', total.value), source: lineSource(file, total.line) };
  const rows: TableRow[] = [totalRow];
  if (groups.length !== subtotals.length) {
    issues.push({
      code: 'income-groups',
      message: `${title}：收入分组${groups.length}个，而“小计”行${subtotals.length}个，无法对应，各小计未计入`,
      source: lineSource(file, total.line)
    });
    totalRow.unplaced = subtotals.flatMap((subtotal) => (subtotal.value === undefined || subtotal.value === null ? [] : [subtotal.value]));
    return rows;
  }
  subtotals.forEach((subtotal, k) => {
    Object.assign(totalRow.values, cell(groups[k]!.measure, subtotal.value));
  });
  for (const item of items) {
    if (item.subtotal < 0) {
      issues.push({ code: 'row-unidentified', message: `${title}：第${item.line.line}行“${item.name}”不属于任何收入分组`, source: lineSource(file, item.line) });
      continue;
    }
    const measure = groups[item.subtotal]!.measure;
    rows.push({ classification: 'income', code: measure, name: item.name, level: 2, values: cell(measure, item.value), source: lineSource(file, item.line) });
  }
  return rows;
}
