/**
 * One dataset file as a SpreadsheetML worksheet: a bold, frozen header row of Chinese column
 * names, then one row per dataset row, typed as the CSV is — amounts as numbers in 万元 (the
 * exact decimal the CSV writes), whole numbers as numbers, true/false as booleans, text as text,
 * not stated as no cell at all (never 0).
 */
import { formatWanyuanExact } from '../model/amount';
import { AMOUNT_COLUMNS, BOOLEAN_COLUMNS, COLUMNS, INTEGER_COLUMNS, type Dataset } from '../normalise/rows';
import { COLUMN_HEADERS, type DatasetColumn } from './headers';
import { cellRef, displayWidth, STYLE, textCell, worksheetXml } from './workbook';

/** Rows a worksheet can hold in Excel (and WPS, LibreOffice). */
const MAX_ROWS = 1_048_576;

/** Text a spreadsheet would take for a formula if someone retyped the cell. */
const FORMULA_LOOKING = /^[=+\-@]/;
const MAX_WIDTH = 50;

export function datasetSheetXml(file: keyof Dataset, dataset: Dataset, sheetName: string): string {
  if (dataset[file].length + 1 > MAX_ROWS) throw new Error(`“${sheetName}”有 ${dataset[file].length} 行，超过 Excel 每张工作表 ${MAX_ROWS - 1} 行数据的上限：请下载 CSV`);
  const columns: readonly DatasetColumn[] = COLUMNS[file];
  const widths = columns.map((column) => displayWidth(COLUMN_HEADERS[column]));
  const rows = [`<row r="1">${columns.map((column, index) => textCell(cellRef(index, 1), COLUMN_HEADERS[column], STYLE.header)).join('')}</row>`];
  (dataset[file] as unknown as Record<string, unknown>[]).forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 2;
    let cells = '';
    columns.forEach((column, index) => {
      const value = row[column];
      if (value === null || value === undefined || value === '') return;
      const { xml, shown } = cell(column, value, cellRef(index, rowNumber));
      cells += xml;
      widths[index] = Math.max(widths[index]!, displayWidth(shown));
    });
    rows.push(`<row r="${rowNumber}">${cells}</row>`);
  });
  return worksheetXml(rows, widths, { frozen: true, dimension: `A1:${cellRef(columns.length - 1, rows.length)}`, maxWidth: MAX_WIDTH });
}

/** The cell of one value, typed by its column as the CSV writes it, and the text it shows (for the column width). */
function cell(column: string, value: unknown, ref: string): { xml: string; shown: string } {
  if (AMOUNT_COLUMNS.has(column) && typeof value === 'number') return numberCell(ref, formatWanyuanExact(value));
  if (INTEGER_COLUMNS.has(column) && typeof value === 'number') return numberCell(ref, String(value));
  if (BOOLEAN_COLUMNS.has(column) && typeof value === 'boolean') return { xml: `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`, shown: 'FALSE' };
  const text = String(value);
  return { xml: textCell(ref, text, FORMULA_LOOKING.test(text) ? STYLE.text : STYLE.plain), shown: text };
}

function numberCell(ref: string, value: string): { xml: string; shown: string } {
  return { xml: `<c r="${ref}"><v>${value}</v></c>`, shown: value };
}
