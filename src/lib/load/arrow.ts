/**
 * Dataset rows → Arrow IPC *stream* bytes (duckdb-wasm reads streams; the Arrow *file* format
 * silently creates no table there). Amount columns become Float64 万元: every amount has at most
 * six decimals, so `CAST(x AS DECIMAL(18,6))` in SQL recovers the exact value.
 * Counts (staff, vehicles, findings per rule) are Int64: a document may print any number of
 * people, and an Int32 column would wrap a count ≥ 2³¹ into a negative one. The other whole
 * numbers (year, page, line, level) stay Int32 and are checked (integerProblems) before writing.
 * Text that repeats (DICTIONARY_COLUMNS) is dictionary-encoded, one dictionary per record batch:
 * in a stream, a batch's dictionary replaces the previous one, so no batch waits for the whole table.
 */
import { Bool, Dictionary, Field, Float64, Int32, Int64, makeBuilder, makeData, makeVector, RecordBatch, Schema, Struct, Table, Utf8, tableToIPC, type DataType, type Vector } from 'apache-arrow';
import { FEN_PER_WANYUAN } from '../model/amount';
import { concatBytes } from '../model/arrays';
import { END_OF_STREAM } from './stream-end';
import { AMOUNT_COLUMNS, BOOLEAN_COLUMNS, COLUMNS, COUNT_COLUMNS, DICTIONARY_COLUMNS, INTEGER_COLUMNS, type Dataset } from '../normalise/rows';

const INT32_MAX = 2 ** 31 - 1;

export function datasetTable(name: keyof Dataset, dataset: Dataset): Table {
  return rowsTable(name, dataset[name] as unknown as Record<string, unknown>[]);
}

function rowsTable(name: keyof Dataset, rows: readonly Record<string, unknown>[]): Table {
  const vectors = COLUMNS[name].map((column, index) => {
    const values = rows.map((row) => row[column] ?? null);
    // The column's position is its dictionary id: apache-arrow would number them from a global counter, so the bytes would depend on what was written before.
    return DICTIONARY_COLUMNS.has(column) ? dictionaryVector(values, index) : vectorOf(column, values);
  });
  const fields = COLUMNS[name].map((column, index) => new Field(column, vectors[index]!.type, true));
  // One record batch made by hand: `new Table(vectors)` drops the dictionaries of a table without
  // rows, and a reader (duckdb-wasm's) refuses a stream whose dictionaries never come.
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children: vectors.map((vector) => vector.data[0]!) });
  return new Table([new RecordBatch(new Schema(fields), data)]);
}

/** Rows per record batch of a large table: a streaming writer holds at most this many rows. */
export const BATCH_ROWS = 65_536;

export function datasetToIpcStream(name: keyof Dataset, dataset: Dataset): Uint8Array {
  const rows = dataset[name] as unknown as Record<string, unknown>[];
  if (rows.length <= BATCH_ROWS) return tableToIPC(rowsTable(name, rows), 'stream');
  const chunks: Uint8Array[] = [];
  const writer = new IpcStreamWriter(name, (bytes) => chunks.push(bytes));
  for (const row of rows) writer.push(row);
  writer.close();
  return concatBytes(...chunks);
}

/** Bytes of the end of an IPC stream (a continuation marker and a zero length). */
const END_OF_STREAM_BYTES = END_OF_STREAM.length;

/**
 * A table's IPC stream written a record batch (BATCH_ROWS rows) at a time, so a writer never holds
 * the whole table: the stream is the schema, the batches, the end marker — the same bytes as
 * datasetToIpcStream of the same rows.
 */
export class IpcStreamWriter {
  private rows: Record<string, unknown>[] = [];
  private schemaBytes = -1;

  constructor(private readonly name: keyof Dataset, private readonly emit: (bytes: Uint8Array) => void) {}

  push(row: Record<string, unknown>): void {
    this.rows.push(row);
    if (this.rows.length === BATCH_ROWS) this.flush();
  }

  close(): void {
    if (this.schemaBytes < 0) {
      this.emit(tableToIPC(rowsTable(this.name, this.rows), 'stream')); // one batch (or none): as datasetToIpcStream
      return;
    }
    if (this.rows.length > 0) this.flush();
    this.emit(new Uint8Array(END_OF_STREAM));
  }

  private flush(): void {
    const table = rowsTable(this.name, this.rows);
    const bytes = tableToIPC(table, 'stream');
    if (this.schemaBytes < 0) {
      this.schemaBytes = tableToIPC(new Table(table.schema), 'stream').length - END_OF_STREAM_BYTES;
      this.emit(bytes.subarray(0, bytes.length - END_OF_STREAM_BYTES));
    } else this.emit(bytes.subarray(this.schemaBytes, bytes.length - END_OF_STREAM_BYTES));
    this.rows = [];
  }
}

/**
 * Whole-number cells that cannot be written exactly: not a safe integer (a count of 10²⁰ has
 * already lost digits as a JS number), or outside Int32 for the Int32 columns. Empty when all
 * is well; the CLI refuses the document by name otherwise, so nothing is written wrapped or rounded.
 */
export function integerProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(COLUMNS) as (keyof Dataset)[]) {
    const rows = dataset[name] as unknown as Record<string, unknown>[];
    for (const column of COLUMNS[name]) {
      if (!INTEGER_COLUMNS.has(column)) continue;
      const limit = COUNT_COLUMNS.has(column) ? Number.MAX_SAFE_INTEGER : INT32_MAX;
      for (const row of rows) {
        const value = row[column];
        if (value === null || value === undefined) continue;
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || Math.abs(value) > limit) {
          problems.push(`${name}.${column} = ${String(value)}`);
          break;
        }
      }
    }
  }
  return problems;
}

function vectorOf(column: string, values: unknown[]): Vector {
  if (AMOUNT_COLUMNS.has(column)) {
    return build(values.map((value) => (typeof value === 'number' ? value / FEN_PER_WANYUAN : null)), new Float64());
  }
  if (COUNT_COLUMNS.has(column)) return build(values.map((value) => (typeof value === 'number' ? BigInt(checked(column, value, Number.MAX_SAFE_INTEGER)) : null)), new Int64());
  if (INTEGER_COLUMNS.has(column)) return build(values.map((value) => (typeof value === 'number' ? checked(column, value, INT32_MAX) : null)), new Int32());
  if (BOOLEAN_COLUMNS.has(column)) return build(values.map((value) => (typeof value === 'boolean' ? value : null)), new Bool());
  return utf8Vector(values);
}

const encoder = new TextEncoder();

/**
 * A Utf8 vector written straight into its buffers, one encodeInto per value: the builder's
 * per-value bookkeeping was most of the time of writing a large table. The same vector, so the
 * same IPC bytes, as the builder makes (arrow-utf8.test.ts).
 */
export function utf8Vector(values: readonly unknown[]): Vector {
  const length = values.length;
  const offsets = new Int32Array(length + 1);
  const validity = validityBitmap(length);
  let data = new Uint8Array(Math.max(64, length * 16));
  let end = 0;
  let nullCount = 0;
  for (let index = 0; index < length; index++) {
    const value = values[index];
    if (value === null || value === undefined) nullCount++;
    else {
      const text = String(value);
      // A UTF-16 code unit is at most 3 bytes of UTF-8.
      if (end + text.length * 3 > data.length) {
        const grown = new Uint8Array(Math.max(data.length * 2, end + text.length * 3));
        grown.set(data.subarray(0, end));
        data = grown;
      }
      end += encoder.encodeInto(text, data.subarray(end)).written;
      validity[index >> 3]! |= 1 << (index & 7);
    }
    offsets[index + 1] = end;
  }
  return makeVector(makeData({ type: new Utf8(), length, nullCount, nullBitmap: validity, valueOffsets: offsets, data: data.subarray(0, end) }));
}

/** A validity bitmap sized as apache-arrow's builder sizes it (whole 64-byte blocks): the IPC writer copies it as it is. */
function validityBitmap(length: number): Uint8Array {
  return new Uint8Array(Math.max(1, Math.ceil(((length + 7) >> 3) / 64)) * 64);
}

/**
 * Text as indices into the batch's distinct values, in order of first appearance (so the bytes
 * follow from the rows alone).
 */
export function dictionaryVector(values: readonly unknown[], id: number): Vector {
  const length = values.length;
  const indices = new Int32Array(length);
  const validity = validityBitmap(length);
  const positions = new Map<string, number>();
  const distinct: string[] = [];
  let nullCount = 0;
  for (let index = 0; index < length; index++) {
    const value = values[index];
    if (value === null || value === undefined) {
      nullCount++;
      continue;
    }
    const text = String(value);
    let position = positions.get(text);
    if (position === undefined) {
      position = distinct.push(text) - 1;
      positions.set(text, position);
    }
    indices[index] = position;
    validity[index >> 3]! |= 1 << (index & 7);
  }
  const type = new Dictionary(new Utf8(), new Int32(), id);
  return makeVector(makeData({ type, length, nullCount, nullBitmap: validity, data: indices, dictionary: utf8Vector(distinct) }));
}

/** Never wrap or round silently: a value integerProblems would name stops the writer. */
function checked(column: string, value: number, limit: number): number {
  if (!Number.isSafeInteger(value) || Math.abs(value) > limit) throw new RangeError(`${column}：整数 ${value} 超出可写出的范围`);
  return value;
}

function build<T extends DataType>(values: unknown[], type: T): Vector {
  // vectorFromArray compiles its null test with `new Function`, which the app's Content-Security-
  // Policy refuses (the import worker encodes Arrow in the browser): test for null here instead.
  const builder = makeBuilder({ type });
  builder.isValid = (value: unknown) => value !== null && value !== undefined;
  for (const value of values) builder.append(value as never);
  return builder.finish().toVector();
}
