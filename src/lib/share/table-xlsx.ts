/**
 * A shown table as an .xlsx (SpreadsheetML in a stored ZIP, as export/xlsx.ts writes the dataset):
 * sheet 1 the table with a bold, frozen header row of Chinese column names, amounts as numbers in
 * the format 0.00, missing as no cell; sheet 2 (说明) the 口径 sentence, export date and source.
 */
import { xmlText } from '../export/xml';
import { zipStored } from '../export/zip';
import { exportDate, headerText, plainValue, SOURCE_LINE, type ShareColumn, type ShareTable } from './table';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** cellXfs: 0 plain, 1 bold header, 2 quote-prefixed text, 3 number 0.00 (万元 / %), 4 whole number. */
const STYLE = { plain: 0, header: 1, text: 2, decimal: 3, whole: 4 } as const;
const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export function tableXlsx<T>(table: ShareTable<T>, date = exportDate()): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const part = (name: string, xml: string) => ({ name, bytes: encoder.encode(xml) });
  const names = [sheetName(table.name), '说明'];
  const notes = [['口径', table.note], ['导出日期', date], ['来源', SOURCE_LINE.replace(/^来源：/, '')], ['行数', String(table.rows.length)]];
  return zipStored([
    part('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`).join('') + '</Types>'),
    part('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>` +
      names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>'),
    part('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${names.length + 1}" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`),
    part('xl/styles.xml', STYLES),
    part('xl/worksheets/sheet1.xml', tableSheet(table.columns, table.rows)),
    part('xl/worksheets/sheet2.xml', sheetXml(notes.map(([key, value]) => [textCell(key!, STYLE.header), textCell(value!, STYLE.plain)]), [10, 100], false))
  ]);
}

interface Cell { xml: (ref: string) => string; width: number }

function tableSheet<T>(columns: readonly ShareColumn<T>[], rows: readonly T[]): string {
  const header = columns.map((c) => textCell(headerText(c), STYLE.header));
  const body = rows.map((row) => columns.map((c) => valueCell(c, c.value(row))));
  const widths = columns.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]?.width ?? 0)));
  return sheetXml([header, ...body], widths, true);
}

function valueCell<T>(column: ShareColumn<T>, value: Parameters<typeof plainValue>[1]): Cell | null {
  const shown = plainValue(column.kind, value);
  if (shown === '') return null;
  if (column.kind !== 'text' && /^-?\d+(\.\d+)?$/.test(shown)) {
    const style = column.kind === 'count' ? STYLE.whole : STYLE.decimal;
    return { xml: (ref) => `<c r="${ref}" s="${style}"><v>${shown}</v></c>`, width: shown.length };
  }
  return textCell(shown, /^[=+\-@]/.test(shown) ? STYLE.text : STYLE.plain);
}

/** Inline strings are never formulas; formula-looking text is also quote-prefixed so retyping keeps it text. */
function textCell(text: string, style: number): Cell {
  return { xml: (ref) => `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`, width: displayWidth(text) };
}

function sheetXml(rows: (Cell | null)[][], widths: number[], frozen: boolean): string {
  const data = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => (c ? c.xml(cellRef(i, r + 1)) : '')).join('')}</row>`);
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(6, w + 2))}" customWidth="1"/>`);
  const pane = frozen ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `${cols.length ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>${data.join('')}</sheetData></worksheet>`;
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || '表';
}

function cellRef(columnIndex: number, rowNumber: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${rowNumber}`;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}
