/**
 * CSV serialisation of the dataset: UTF-8 with a byte-order mark, header row, `.` decimals, no
 * thousands separators, blank = not stated.
 * Text cells that a spreadsheet would run as a formula are neutralised (see neutraliseFormula);
 * amounts and whole numbers are written as numbers.
 */
import { formatWanyuanExact } from '../model/amount';
import { AMOUNT_COLUMNS, COLUMNS, INTEGER_COLUMNS, type Dataset } from './rows';

export function toCsv(name: keyof Dataset, dataset: Dataset): string {
  let text = csvFileHead(name);
  for (const row of dataset[name] as unknown as Record<string, unknown>[]) text += csvRow(name, row) + '\n';
  return text;
}

/**
 * The start of a dataset file, up to its first row: the byte-order mark and the header line.
 * Without the mark Excel (and WPS) read a UTF-8 CSV as the system code page and show the Chinese
 * as mojibake; DuckDB's read_csv, Python's utf-8-sig and LibreOffice skip it.
 */
export function csvFileHead(name: keyof Dataset): string {
  return `\uFEFF${COLUMNS[name].join(',')}\n`;
}

/** One row of a dataset file (no line end): lets a writer stream rows instead of building the whole file. */
export function csvRow(name: keyof Dataset, row: Record<string, unknown>): string {
  const columns = COLUMNS[name];
  let line = '';
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!;
    if (index > 0) line += ',';
    line += cell(row[column], AMOUNT_COLUMNS.has(column), INTEGER_COLUMNS.has(column));
  }
  return line;
}

function cell(value: unknown, isAmount: boolean, isInteger: boolean): string {
  if (value === null || value === undefined) return '';
  if (isAmount && typeof value === 'number') return formatWanyuanExact(value);
  if (isInteger && typeof value === 'number') return String(value);
  return quoteCsv(neutraliseFormula(String(value)));
}

/** RFC 4180 quoting where the text needs it (and where leading or trailing blanks would be lost). */
export function quoteCsv(text: string): string {
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (optionally signed, with thousands separators, decimals or a percent sign): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;

/**
 * Spreadsheets (Excel, LibreOffice, WPS) run a cell that starts with = + - @ (or a tab or CR
 * before one) as a formula even when it is quoted in the CSV, so text read from a document
 * could run a formula on the reader's machine. Such text gets a leading apostrophe, which
 * spreadsheets show as text and do not display; a plain number such as -3.00 stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
