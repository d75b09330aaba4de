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
  const tables = {} as Record<LakeTable, Uint8Array>;
  const encoder = new TextEncoder();
  for (const table of LAKE_TABLES) {
    const columns = lakeColumns(table);
    let text = '';
    (dataset[table] as unknown as Record<string, unknown>[]).forEach((row, seq) => {
      const out: Record<string, unknown> = { seq };
      for (const column of columns) {
        const value = row[column] ?? null;
        out[column] = AMOUNT_COLUMNS.has(column) && typeof value === 'number' ? formatWanyuanExact(value) : value;
      }
      out.part_province = partition.part_province;
      out.part_year = partition.part_year;
      text += JSON.stringify(out) + '\n';
    });
    tables[table] = encoder.encode(text);
  }
  return { docId: unit.doc_id, tables };
}
