/**
 * Tables printed in 元 carry figures to the 分. A cell printed as an integer where its column
 * prints 分 (12,604,173 among 2,925,857.00) drops the 分, so a sum can miss its total by a few
 * 分 — far inside the 0.01 万元 tolerance of the arithmetic rules, which therefore stay quiet.
 * This rule reports both, as information, with exact 元 figures.
 */
import { parseAmount, type Fen } from '../../model/amount';
import type { Measure, ParsedTable, TableRow } from '../../model/disclosure';
import { measureLabel, rowLabel, tableLabel } from '../lib/format';
import { SAME_UNIT_TOLERANCE } from '../lib/tolerance';
import { isUncertain } from '../../model/tables';
import { defineRule, skip, type Emit } from '../rule';

/** Row decompositions, first whose columns the row carries wins: 合计 = Σ parts. */
const ROW_PARTS: Measure[][] = [
  ['basic', 'project', 'reserve'],
  ['basic', 'project'],
  ['personnel', 'public', 'project'],
  ['personnel', 'public']
];

/** 1234567 分 → "12,345.67" (exact 元, for messages). */
export function yuan(fen: Fen, grouping = true): string {
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${grouping ? whole.toLocaleString('en-US') : whole}.${cents}`;
}

/** How each cell of a row is printed: true = with decimals, false = integer, absent = not found or ambiguous. */
function printedWithDecimals(row: TableRow): Partial<Record<Measure, boolean>> {
  const tokens = row.source.text
    .split(/\s+/)
    .filter((token) => token !== '' && !/^0\d/.test(token))
    .map((token) => ({ fen: parseAmount(token, '元'), decimals: token.includes('.') }))
    .filter((token) => token.fen !== null);
  const out: Partial<Record<Measure, boolean>> = {};
  for (const [measure, value] of Object.entries(row.values) as [Measure, Fen][]) {
    const kinds = new Set(tokens.filter((token) => token.fen === value).map((token) => token.decimals));
    if (kinds.size === 1) out[measure] = kinds.has(true);
  }
  return out;
}

interface Gap {
  label: string;
  sum: Fen;
  printed: Fen;
}

/** 合计 against Σ parts within the row, where they differ by 1 分 … under 0.01 万元. */
function rowGaps(row: TableRow): Gap[] {
  const parts = ROW_PARTS.find((measures) => measures.every((m) => row.values[m] !== undefined));
  const total = row.values.total;
  if (!parts || total === undefined) return [];
  const sum = parts.reduce((acc, m) => acc + row.values[m]!, 0);
  return centGap(sum, total) ? [{ label: `${parts.map(measureLabel).join('＋')}之和与合计`, sum, printed: total }] : [];
}

/** A total row's column against the Σ of the 类 (level 1) rows on its side. */
function columnGaps(table: ParsedTable, row: TableRow): Gap[] {
  if (row.level !== 0) return [];
  const classes = table.rows.filter((r) => r.level === 1 && r.side === row.side);
  if (classes.length === 0) return [];
  const gaps: Gap[] = [];
  for (const [measure, printed] of Object.entries(row.values) as [Measure, Fen][]) {
    if (!classes.every((r) => r.values[measure] !== undefined)) continue;
    const sum = classes.reduce((acc, r) => acc + r.values[measure]!, 0);
    if (centGap(sum, printed)) gaps.push({ label: `各类${measureLabel(measure)}之和与${rowLabel(row)}`, sum, printed });
  }
  return gaps;
}

const centGap = (a: Fen, b: Fen): boolean => a !== b && Math.abs(a - b) < SAME_UNIT_TOLERANCE;

function checkTable(table: ParsedTable, emit: Emit): void {
  const printed = table.rows.map(printedWithDecimals);
  const columnHasCents = (measure: Measure, except: number): boolean =>
    printed.some((cells, i) => i !== except && cells[measure] === true);
  table.rows.forEach((row, i) => {
    const integers = (Object.entries(printed[i]!) as [Measure, boolean][])
      .filter(([measure, decimals]) => !decimals && columnHasCents(measure, i))
      .map(([measure]) => measure);
    const gaps = [...rowGaps(row), ...columnGaps(table, row)];
    if (integers.length === 0 && gaps.length === 0) return;
    const where = `${tableLabel(table)} “${rowLabel(row)}”行`;
    const parts: string[] = [];
    if (integers.length > 0) {
      const cells = integers.map((m) => `${measureLabel(m)} ${yuan(row.values[m]!).replace(/\.00$/, '')}`).join('、');
      parts.push(`${cells} 印为整数（同列其他数字印到分）`);
    }
    for (const gap of gaps) {
      parts.push(`${gap.label}相差 ${yuan(Math.abs(gap.sum - gap.printed))} 元（之和 ${yuan(gap.sum)} 元，印 ${yuan(gap.printed)} 元），在 0.01 万元容差内`);
    }
    const first = gaps[0];
    emit({
      message: `${where}：${parts.join('；')}。`,
      expected: first ? yuan(first.sum, false) : null,
      actual: first ? yuan(first.printed, false) : integers.map((m) => yuan(row.values[m]!, false).replace(/\.00$/, '')).join('、'),
      sources: [row.source]
    });
  });
}

export const rule = defineRule({
  id: 'yuan-cent-precision',
  titleZh: '以元为单位的表：数字应印到分，分位上的合计差额也应报告',
  severity: 'info',
  check(d, emit) {
    const tables = d.tables.filter((t) => t.status === 'present' && t.unitOfMeasure === '元' && t.rows.length > 0 && !isUncertain(t));
    if (tables.length === 0) return skip('没有以元为单位的表（以万元为单位的表分位差额在容差内，不检查）');
    for (const table of tables) checkTable(table, emit);
  }
});
