/**
 * Tables the family does not know (an extra table a province adds, a renamed one) are kept as
 * `unknown` with their figure lines — never forced into a slot of the template. A table title is
 * a line ending in 表 with a 单位：元/万元 line just below and figure lines after it, outside every
 * table the family already read.
 */
import type { ExtractedDocument, Line } from '../extract/types';
import { isAmountToken, parseAmount, type MeasureUnit } from '../model/amount';
import type { ParsedTable, TableRow } from '../model/disclosure';
import { lineSource } from '../extract/join';

const TITLE = /^[^，。；：]{4,60}表$/;
const UNIT = /单位\s*[:：]\s*(万元|元)/;
const MAX_ROWS = 200;
/** Running text ends a table: sentences, amounts written out in 万元, part headings. */
const PROSE = /[。，；]|万元|^第[一二三四五六七八九十]+部分/;

export function unknownTables(document: ExtractedDocument, known: readonly ParsedTable[]): ParsedTable[] {
  const covered = (line: number) => known.some((table) => table.status !== 'missing' && line >= table.firstLine && line <= table.lastLine);
  const lines = document.lines;
  const tables: ParsedTable[] = [];
  for (let index = 0; index < lines.length; index++) {
    const title = lines[index]!;
    const text = title.text.replace(/\s+/g, '');
    if (!TITLE.test(text) || covered(title.line) || /[.…·]{3,}/.test(title.text)) continue;
    const unitLine = lines.slice(index + 1, index + 4).find((line) => UNIT.test(line.text));
    if (!unitLine) continue;
    const unit = UNIT.exec(unitLine.text)![1] as MeasureUnit;
    const rows: TableRow[] = [];
    let end = index;
    for (let next = lines.indexOf(unitLine) + 1; next < lines.length && rows.length < MAX_ROWS; next++) {
      const line = lines[next]!;
      if (covered(line.line) || TITLE.test(line.text.replace(/\s+/g, '')) || PROSE.test(line.text)) break;
      const figures = figuresOf(line, unit);
      if (figures.length > 0) rows.push(unplacedRow(document, line, figures));
      end = next;
    }
    if (rows.length < 2) continue;
    tables.push({
      id: 'unknown',
      familyTableId: '',
      titleAsPrinted: text,
      unitOfMeasure: unit,
      status: 'present',
      columns: [],
      rows,
      page: title.page,
      firstLine: title.line,
      lastLine: lines[end]!.line
    });
    index = end;
  }
  return tables;
}

function figuresOf(line: Line, unit: MeasureUnit): number[] {
  return line.cells.flatMap((cell) => cell.text.split(/\s+/)).filter((token) => isAmountToken(token) && token.includes('.')).map((token) => parseAmount(token, unit)!).filter((fen) => fen !== null);
}

function unplacedRow(document: ExtractedDocument, line: Line, figures: number[]): TableRow {
  const name = line.text.replace(/[-−]?\d[\d,]*(?:\.\d+)?/g, '').replace(/\s+/g, ' ').trim();
  return { classification: 'other', code: null, name, level: 1, values: {}, unplaced: figures, source: lineSource(document.file, line) };
}
