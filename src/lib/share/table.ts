/**
 * A table as shown, ready to export: columns typed (text / 万元 / whole number / percent), the
 * 口径 sentence it was read under, and where it came from. CSV and .xlsx are written from this one
 * description, so both hold the same figures as the screen: amounts rounded to the two decimals
 * shown, missing as a blank cell (never "—", never 0).
 */
import { wan } from '../charts/format';
import { neutraliseFormula, quoteCsv } from '../normalise/csv';

export type ColumnKind = 'text' | 'amount' | 'count' | 'percent';
export type CellValue = string | number | null | undefined;

export interface ShareColumn<T> {
  label: string;
  kind: ColumnKind;
  value: (row: T) => CellValue;
}

export interface ShareTable<T> {
  /** File name without extension, also the sheet name (Excel allows 31 characters). */
  name: string;
  /** The 口径 sentence the figures were read under (describeSelection). */
  note: string;
  columns: readonly ShareColumn<T>[];
  rows: readonly T[];
}

export const SOURCE_LINE = '来源：预算透视 数据集';

/** A header with its unit, as the exported file has no page text around it. */
export function headerText(column: Pick<ShareColumn<unknown>, 'label' | 'kind'>): string {
  if (column.kind === 'amount' && !/（.*）$/.test(column.label)) return `${column.label}（万元）`;
  if (column.kind === 'percent' && !/（.*）$/.test(column.label)) return `${column.label}（%）`;
  return column.label;
}

/**
 * The plain-number text of a cell (no separators), '' when missing; text as it is. Amounts round
 * half-up to 分 as the screen does; percents are shares (0.9512 → 95.12).
 */
export function plainValue(kind: ColumnKind, value: CellValue): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  if (kind === 'text') return String(value);
  if (typeof value !== 'number') return String(value);
  if (kind === 'amount') return wan(value);
  if (kind === 'percent') return (Math.round(value * 10_000) / 100).toFixed(2);
  return String(value);
}

/** UTF-8 CSV with BOM: header, rows; numbers as plain numbers, text formula-neutralised and quoted. */
export function tableCsv<T>(table: ShareTable<T>): string {
  const text = (value: string) => quoteCsv(neutraliseFormula(value));
  const lines = [table.columns.map((c) => text(headerText(c))).join(',')];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => {
      const shown = plainValue(c.kind, c.value(row));
      return c.kind === 'text' || !/^-?\d+(\.\d+)?$/.test(shown) ? text(shown) : shown;
    }).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The date an export was made, as printed on it: 2026-12-06. */
export function exportDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The footer line of an exported chart, slide or printed page: 口径, date, source. */
export function footerLine(note: string, date = exportDate()): string {
  return [note, `导出日期：${date}`, SOURCE_LINE].filter(Boolean).join('　');
}
