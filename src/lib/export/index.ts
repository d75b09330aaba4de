/**
 * Download the dataset: its CSV files in one ZIP (the bytes `npm run ingest` writes) or an Excel
 * workbook with Chinese sheet and column names. Pure and synchronous, the same in the browser
 * and in Node; only downloadBlob needs a browser, and only when it is called.
 */
export { datasetZip, ZIP_MIME } from './dataset-zip';
export { datasetXlsx, XLSX_MIME } from './xlsx';
export { downloadBlob } from './download';
