/**
 * One document's rows as the lake takes them: per table, newline-delimited JSON with `seq` (the
 * row's position in its document), the dataset columns (amounts as exact decimal text, read as
 * DECIMAL) and the partition keys. Made in the worker that read the document and sent as UTF-8
 * bytes, so the ingest process only appends bytes to files (no string to decode and re-encode)
 * and never holds the documents' rows as objects.
 */
import { formatWanyuanExact } from '../../lib/model/amount';
import { AMOUNT_COLUMNS, type Dataset } from '../../lib/normalise/rows';
import { LAKE_TABLES, lakeColumns, partitionOf, type LakeTable } from './layout';

export interface LakeDocument {
  docId: string;
  /** Table → JSON lines as UTF-8 (empty: no row). */
  tables: Record<LakeTable, Uint8Array>;
}

export function lakeDocument(dataset: Dataset): LakeDocument {
  const unit = dataset.units[0];
  if (!unit) throw new Error('文件没有 units 行，无法写入数据湖');
  const partition = partitionOf(unit);
  const tail = `,"part_province":${JSON.stringify(partition.part_province)},"part_year":${JSON.stringify(partition.part_year)}}\n`;
  const tables = {} as Record<LakeTable, Uint8Array>;
  const encoder = new TextEncoder();
  for (const table of LAKE_TABLES) {
    const cells = lakeColumns(table).map((column) => ({ column, key: `,${JSON.stringify(column)}:`, amount: AMOUNT_COLUMNS.has(column) }));
    const lines: string[] = [];
    (dataset[table] as unknown as Record<string, unknown>[]).forEach((row, seq) => {
      let line = `{"seq":${seq}`;
      for (const { column, key, amount } of cells) line += key + jsonValue(row[column], amount);
      lines.push(line + tail);
    });
    tables[table] = encoder.encode(lines.join(''));
  }
  return { docId: unit.doc_id, tables };
}

/** A cell as JSON.stringify writes it (amounts as exact decimal text), without building an object per row. */
function jsonValue(value: unknown, amount: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return amount ? `"${formatWanyuanExact(value)}"` : Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}
