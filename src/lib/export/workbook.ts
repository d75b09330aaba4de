/**
 * The parts every .xlsx this app writes shares (the dataset download and a shown table's export):
 * the package around the worksheets, one stylesheet, A1 references, inline-string cells and column
 * widths. SpreadsheetML by hand in a stored ZIP: no dependency, the same bytes for the same input.
 */
import { xmlText } from './xml';
import { zipStored } from './zip';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const XLSX_MIME = `${TYPE}.sheet`;

/** Indexes into the cellXfs of STYLES_XML: plain, bold header, quote-prefixed text, number 0.00, whole number. */
export const STYLE = { plain: 0, header: 1, text: 2, decimal: 3, whole: 4 } as const;

export const STYLES_XML =
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

/** A workbook of the given worksheets (name, worksheet XML), in order. */
export function workbookXlsx(sheets: readonly { name: string; xml: string }[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const part = (name: string, xml: string) => ({ name, bytes: encoder.encode(xml) });
  const sheetPath = (index: number) => `worksheets/sheet${index + 1}.xml`;
  return zipStored([
    part('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/${sheetPath(i)}" ContentType="${TYPE}.worksheet+xml"/>`).join('') + '</Types>'),
    part('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>` +
      sheets.map((sheet, i) => `<sheet name="${xmlText(sheetName(sheet.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>'),
    part('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${OFFICE}/worksheet" Target="${sheetPath(i)}"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${OFFICE}/styles" Target="styles.xml"/></Relationships>`),
    part('xl/styles.xml', STYLES_XML),
    ...sheets.map((sheet, i) => part(`xl/${sheetPath(i)}`, sheet.xml))
  ]);
}

/** A worksheet around its rows' XML: column widths (characters, clamped) and, if asked, a frozen first row. */
export function worksheetXml(rows: readonly string[], widths: readonly number[], options: { frozen: boolean; dimension?: string; maxWidth?: number }): string {
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(options.maxWidth ?? 60, Math.max(6, w + 2))}" customWidth="1"/>`);
  const pane = options.frozen ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN}">${options.dimension ? `<dimension ref="${options.dimension}"/>` : ''}` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `${cols.length ? `<cols>${cols.join('')}</cols>` : ''}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * An inline string is text by its type: only an <f> element makes a formula, and these writers
 * never write one, so "=HYPERLINK(…)" read from a document shows as those characters and never runs.
 */
export function textCell(ref: string, text: string, style: number): string {
  return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/** A1-style reference: column index from 0, row number from 1. */
export function cellRef(columnIndex: number, rowNumber: number): string {
  let letters = '';
  for (let n = columnIndex + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${rowNumber}`;
}

/** Width in Excel's character units: a CJK character or full-width form takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || '表';
}
