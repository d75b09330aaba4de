/** CSV export of exactly what a table shows: UTF-8 with BOM (so Excel shows the Chinese), quoted where needed. */
import { neutraliseFormula } from '../normalise/csv';

export interface CsvColumn<T> {
  label: string;
  text: (row: T) => string;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  // A quoted "=…" still runs as a formula in Excel: neutralise first (numbers such as -1.00 stay numbers), then quote.
  const cell = (text: string) => {
    const safe = neutraliseFormula(text);
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [columns.map((c) => cell(c.label)).join(','), ...rows.map((row) => columns.map((c) => cell(c.text(row))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
