/**
 * The dataset as an Excel workbook (.xlsx), written by hand as SpreadsheetML parts in a stored
 * ZIP: no dependency, synchronous, the same bytes for the same dataset. One sheet per dataset
 * file, Chinese sheet names and column headers (headers.ts), cells typed as in worksheet.ts.
 */
import type { Dataset } from '../normalise/rows';
import { SHEETS } from './headers';
import { STYLES_XML, worksheetXml } from './worksheet';
import { xmlText } from './xml';
import { zipStored } from './zip';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function datasetXlsx(dataset: Dataset): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const part = (name: string, xml: string) => ({ name, bytes: encoder.encode(xml) });
  const sheetPath = (index: number) => `worksheets/sheet${index + 1}.xml`;
  return zipStored([
    part(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.styles+xml"/>` +
        SHEETS.map((_, index) => `<Override PartName="/xl/${sheetPath(index)}" ContentType="${CONTENT_TYPE}.worksheet+xml"/>`).join('') +
        '</Types>'
    ),
    part('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIP}"><sheets>` +
        SHEETS.map((sheet, index) => `<sheet name="${xmlText(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('') +
        '</sheets></workbook>'
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="${RELATIONSHIPS}">` +
        SHEETS.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${OFFICE_RELATIONSHIP}/worksheet" Target="${sheetPath(index)}"/>`).join('') +
        `<Relationship Id="rId${SHEETS.length + 1}" Type="${OFFICE_RELATIONSHIP}/styles" Target="styles.xml"/>` +
        '</Relationships>'
    ),
    part('xl/styles.xml', STYLES_XML),
    ...SHEETS.map((sheet, index) => part(`xl/${sheetPath(index)}`, worksheetXml(sheet.file, dataset, sheet.name)))
  ]);
}
