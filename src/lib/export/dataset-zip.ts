/** The dataset as one ZIP of its CSV files, each exactly the bytes `npm run ingest` writes. */
import { toCsv } from '../normalise/csv';
import { COLUMNS, type Dataset } from '../normalise/rows';
import { zipStored } from './zip';

export const ZIP_MIME = 'application/zip';

export function datasetZip(dataset: Dataset): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = Object.keys(COLUMNS) as (keyof Dataset)[];
  return zipStored(names.map((name) => ({ name: `${name}.csv`, bytes: encoder.encode(toCsv(name, dataset)) })));
}
