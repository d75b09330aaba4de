/** The “三公” table as item cells: one canonical row per item (parse/grid), a column per measure. */
import type { Disclosure, Measure, ParsedTable, TableRow } from '../../model/disclosure';
import { findTable, rowByCode } from './tables';

export type SangongItem = 'sangong_total' | 'outbound' | 'reception' | 'vehicle_total' | 'vehicle_purchase' | 'vehicle_operation';

export interface SangongCell {
  row: TableRow;
  measure: Measure;
}

export interface SangongView {
  table: ParsedTable;
  /** Item → its cell in the given column ('total' = the stated figure; 'budget' = a 决算's 预算数; fund columns). */
  item(item: SangongItem, column?: Measure): SangongCell | undefined;
  /** Columns whose items must add up: every measure the table prints. */
  columns: Measure[];
}

export function sangongView(d: Disclosure): SangongView | undefined {
  const table = findTable(d, 't10');
  if (!table || table.rows.length === 0) return undefined;
  return {
    table,
    columns: table.columns,
    item: (item, column = 'total') => {
      const row = rowByCode(table, item);
      return row ? { row, measure: column } : undefined;
    }
  };
}
