/** CSV serialisation of the dataset: UTF-8, header row, `.` decimals, no thousands separators, blank = not stated. */
import { formatWanyuanExact } from '../model/amount';
import { AMOUNT_COLUMNS, COLUMNS, type Dataset } from './rows';

export function toCsv(name: keyof Dataset, dataset: Dataset): string {
  const columns = COLUMNS[name];
  const rows = dataset[name] as unknown as Record<string, unknown>[];
  const out = [columns.join(',')];
  for (const row of rows) out.push(columns.map((column) => cell(row[column], AMOUNT_COLUMNS.has(column))).join(','));
  return out.join('\n') + '\n';
}

function cell(value: unknown, isAmount: boolean): string {
  if (value === null || value === undefined) return '';
  if (isAmount && typeof value === 'number') return formatWanyuanExact(value);
  const text = String(value);
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
