/**
 * A shown table as an .xlsx (the same workbook parts as the dataset download, export/workbook.ts):
 * sheet 1 the table with a bold, frozen header row of Chinese column names, amounts as numbers in
 * the format 0.00, missing as no cell; sheet 2 (说明) the 口径 sentence, export date and source.
 */
import { cellRef, displayWidth, STYLE, textCell, workbookXlsx, worksheetXml } from '../export/workbook';
import { exportDate, headerText, plainValue, SOURCE_LINE, type ShareColumn, type ShareTable } from './table';

export function tableXlsx<T>(table: ShareTable<T>, date = exportDate()): Uint8Array<ArrayBuffer> {
  const notes = [['口径', table.note], ['导出日期', date], ['来源', SOURCE_LINE.replace(/^来源：/, '')], ['行数', String(table.rows.length)]];
  return workbookXlsx([
    { name: table.name, xml: tableSheet(table.columns, table.rows) },
    { name: '说明', xml: sheetXml(notes.map(([key, value]) => [text(key!, STYLE.header), text(value!, STYLE.plain)]), [10, 100], false) }
  ]);
}

interface Cell { xml: (ref: string) => string; width: number }

function tableSheet<T>(columns: readonly ShareColumn<T>[], rows: readonly T[]): string {
  const header = columns.map((c) => text(headerText(c), STYLE.header));
  const body = rows.map((row) => columns.map((c) => valueCell(c, c.value(row))));
  const widths = columns.map((_, i) => Math.max(...[header, ...body].map((r) => r[i]?.width ?? 0)));
  return sheetXml([header, ...body], widths, true);
}

function valueCell<T>(column: ShareColumn<T>, value: Parameters<typeof plainValue>[1]): Cell | null {
  const shown = plainValue(column.kind, value);
  if (shown === '') return null;
  if (column.kind !== 'text' && /^-?\d+(\.\d+)?$/.test(shown)) {
    const style = column.kind === 'count' ? STYLE.whole : STYLE.decimal;
    return { xml: (ref) => `<c r="${ref}" s="${style}"><v>${shown}</v></c>`, width: shown.length };
  }
  return text(shown, /^[=+\-@]/.test(shown) ? STYLE.text : STYLE.plain);
}

/** Formula-looking text is quote-prefixed as well, so retyping the cell keeps it text. */
function text(value: string, style: number): Cell {
  return { xml: (ref) => textCell(ref, value, style), width: displayWidth(value) };
}

function sheetXml(rows: (Cell | null)[][], widths: number[], frozen: boolean): string {
  const data = rows.map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => (c ? c.xml(cellRef(i, r + 1)) : '')).join('')}</row>`);
  return worksheetXml(data, widths, { frozen });
}
