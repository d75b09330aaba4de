/** The 三公 table as item cells, whether printed as one row per item (seed, Jiangsu) or one row with a column per item (Shanghai). */
import type { Measure, ParsedTable, TableRow } from '../../model/disclosure';
import { findTable, rowByCode, totalRow } from './tables';
import type { Disclosure } from '../../model/disclosure';

export type SangongItem = 'sangong_total' | 'outbound' | 'reception' | 'vehicle_total' | 'vehicle_purchase' | 'vehicle_operation';

export interface SangongCell {
  row: TableRow;
  measure: Measure;
}

export interface SangongView {
  table: ParsedTable;
  /** Item → its cell in the given fund column ('total' for the 合计 column). */
  item(item: SangongItem, column?: Measure): SangongCell | undefined;
  /** Columns to check per item (合计 and the fund columns of row-per-item tables). */
  columns: Measure[];
}

export function sangongView(d: Disclosure): SangongView | undefined {
  const table = findTable(d, 't10');
  if (!table || table.rows.length === 0) return undefined;
  if (rowByCode(table, 'sangong_total')) {
    return {
      table,
      columns: table.columns,
      item: (item, column = 'total') => {
        const row = rowByCode(table, item);
        return row ? { row, measure: column } : undefined;
      }
    };
  }
  const total = totalRow(table) ?? table.rows[0];
  if (!total) return undefined;
  // A 决算 prints each item as a 预算数/决算数 pair: the 预算数 half is a second column to check.
  const columns: Measure[] = table.columns.includes('budget_total') ? ['total', 'budget_total'] : ['total'];
  return {
    table,
    columns,
    item: (item, column = 'total') => {
      const base = item === 'sangong_total' ? 'total' : item;
      const measure = (column === 'budget_total' ? `budget_${base}` : base) as Measure;
      return table.columns.includes(measure) ? { row: total, measure } : undefined;
    }
  };
}
