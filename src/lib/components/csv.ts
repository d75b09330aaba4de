/** CSV export of exactly what a table shows: UTF-8 with BOM (so Excel shows the Chinese), quoted where needed. */
export interface CsvColumn<T> {
  label: string;
  text: (row: T) => string;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const cell = (text: string) => (/[",\r\n]|^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
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
