/**
 * One dataset file as a SpreadsheetML worksheet: a bold, frozen header row of Chinese column
 * names, then one row per dataset row, typed as the CSV is — amounts as numbers in 万元 (the
 * exact decimal the CSV writes), whole numbers as numbers, true/false as booleans, text as text,
 * not stated as no cell at all (never 0).
 */
import { formatWanyuanExact } from '../model/amount';
import { AMOUNT_COLUMNS, BOOLEAN_COLUMNS, COLUMNS, INTEGER_COLUMNS, type Dataset } from '../normalise/rows';
import { COLUMN_HEADERS, type DatasetColumn } from './headers';
import { xmlText } from './xml';

/** Cell styles: indexes into the cellXfs of STYLES_XML below. */
const STYLE = { plain: 0, header: 1, text: 2 } as const;

/** xl/styles.xml: the default font, a bold one for the header, and a quote-prefixed text style. */
export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Rows a worksheet can hold in Excel (and WPS, LibreOffice). */
const MAX_ROWS = 1_048_576;

/** Text a spreadsheet would take for a formula if someone retyped the cell. */
const FORMULA_LOOKING = /^[=+\-@]/;
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

export function worksheetXml(file: keyof Dataset, dataset: Dataset, sheetName: string): string {
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
  const lastRef = cellRef(columns.length - 1, rows.length);
  const cols = widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2))}" customWidth="1"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${lastRef}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<cols>${cols.join('')}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    '</worksheet>'
  );
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

/**
 * An inline string is text by its type: only an <f> element makes a formula, and this writer never
 * writes one, so "=HYPERLINK(…)" read from a document shows as those characters and never runs.
 * It is written as it was printed (no apostrophe, unlike the CSV); formula-looking text also gets
 * the quote-prefix style, so retyping the cell in Excel keeps it text.
 */
function textCell(ref: string, text: string, style: number): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/** A1-style reference: column index from 0, row number from 1. */
function cellRef(columnIndex: number, rowNumber: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${rowNumber}`;
}

/** Width in Excel's character units: a CJK character or full-width form takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}
