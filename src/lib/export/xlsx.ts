/**
 * The dataset as an Excel workbook (.xlsx), written by hand as SpreadsheetML parts in a stored
 * ZIP: no dependency, synchronous, the same bytes for the same dataset. One sheet per dataset
 * file, Chinese sheet names and column headers (headers.ts), cells typed as in worksheet.ts.
 */
import type { Dataset } from '../normalise/rows';
import { SHEETS } from './headers';
import { datasetSheetXml } from './worksheet';
import { workbookXlsx } from './workbook';

export { XLSX_MIME } from './workbook';

export function datasetXlsx(dataset: Dataset): Uint8Array<ArrayBuffer> {
  return workbookXlsx(SHEETS.map((sheet) => ({ name: sheet.name, xml: datasetSheetXml(sheet.file, dataset, sheet.name) })));
}
