/**
 * Dataset rows → Arrow IPC *stream* bytes (duckdb-wasm reads streams; the Arrow *file* format
 * silently creates no table there). Amount columns become Float64 万元: every amount has at most
 * six decimals, so `CAST(x AS DECIMAL(18,6))` in SQL recovers the exact value.
 */
import { Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { FEN_PER_WANYUAN } from '../model/amount';
import { AMOUNT_COLUMNS, COLUMNS, INTEGER_COLUMNS, type Dataset } from '../normalise/rows';

export function datasetTable(name: keyof Dataset, dataset: Dataset): Table {
  const rows = dataset[name] as unknown as Record<string, unknown>[];
  const vectors: Record<string, Vector> = {};
  for (const column of COLUMNS[name]) {
    const values = rows.map((row) => row[column] ?? null);
    vectors[column] = vectorOf(column, values);
  }
  return new Table(vectors);
}

export function datasetToIpcStream(name: keyof Dataset, dataset: Dataset): Uint8Array {
  return tableToIPC(datasetTable(name, dataset), 'stream');
}

function vectorOf(column: string, values: unknown[]): Vector {
  if (AMOUNT_COLUMNS.has(column)) {
    return build(values.map((value) => (typeof value === 'number' ? value / FEN_PER_WANYUAN : null)), new Float64());
  }
  if (INTEGER_COLUMNS.has(column)) return build(values.map((value) => (typeof value === 'number' ? value : null)), new Int32());
  return build(values.map((value) => (value === null ? null : String(value))), new Utf8());
}

function build<T extends DataType>(values: unknown[], type: T): Vector {
  return vectorFromArray(values as never[], type);
}
