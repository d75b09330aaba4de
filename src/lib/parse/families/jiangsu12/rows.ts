/** Small helpers shared by the table parsers of this family. */
import type { Fen, MeasureUnit } from '../../../model/amount';
import type { Issue, SourceRef } from '../../../model/source';
import { lineSource } from '../../../extract/join';
import type { Line } from '../../../extract/types';
import type { TableRow } from '../../../model/disclosure';

/** Points into the part a line came from when the document was joined from several files. */
export function sourceOf(file: string, line: Line): SourceRef {
  return lineSource(file, line);
}

export function unplacedIssue(file: string, line: Line, table: string, figures: Fen[], why: string): Issue {
  return {
    code: 'jiangsu12-unplaced-figure',
    message: `${table}：第${line.line}行的数字无法确定所在列（${why}），未计入`,
    source: sourceOf(file, line)
  };
}

export function addUnplaced(row: TableRow, figures: Fen[]): void {
  if (figures.length === 0) return;
  row.unplaced = [...(row.unplaced ?? []), ...figures];
}

/** Context every table parser receives. */
export interface ParseContext {
  file: string;
  unit: MeasureUnit;
  /** Printed title, for messages. */
  title: string;
  issues: Issue[];
}
