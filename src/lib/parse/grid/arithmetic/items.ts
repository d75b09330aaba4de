/**
 * “三公” tables printed one row per item (合计, 因公出国（境）费, 公务用车购置及运行费 › 购置费 / 运行费,
 * 公务接待费) in text without positions: the item rows' figures are placed in the spec's columns
 * (合计 / 一般公共预算 / 政府性基金 / 国有资本经营) by the table's arithmetic.
 */
import type { Line } from '../../../extract/types';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { ambiguityIssue, parseFigures, unreadableRowIssue, type CodedEvidence, type TableContext } from './coded';
import { sourceOf } from './rows';
import { solveColumns, type SolverRow } from './solver';
import { splitFigures } from './tokens';
import { SANGONG_ITEMS, type SangongItem } from '../../../model/vocabulary';
import { itemKey } from '../keys';
import type { RowEquation } from './solver';

export function readItems(
  lines: readonly Line[],
  context: TableContext,
  columns: readonly Measure[],
  equations: readonly RowEquation<Measure>[],
  evidence: CodedEvidence
): { rows: TableRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const found: { key: SangongItem; name: string; figures: number[]; line: Line }[] = [];
  let started = false;
  let carried = '';
  for (const line of lines) {
    if (/^编制(单位|部门)/.test(line.text) || /^※/.test(line.text)) continue;
    const { head, figures } = splitFigures(line.cells.map((cell) => cell.text));
    const label = carried + head.join('');
    const key = label ? itemKey(label) : null;
    if (key === null) {
      if (started && figures.length > 0) issues.push(unreadableRowIssue(context, sourceOf(context.file, line), '不是“三公”经费的项目'));
      // A label wrapped over two lines is read with the next line.
      carried = started && figures.length === 0 ? label : '';
      continue;
    }
    carried = '';
    started = true;
    const source = sourceOf(context.file, line);
    found.push({ key, name: label, figures: parseFigures(figures, source, context, issues), line });
  }
  const rows: SolverRow[] = found.map((row) => ({
    key: row.key,
    parent: row.key === 'sangong_total' ? null : SANGONG_ITEMS[row.key].parent,
    isTotal: row.key === 'sangong_total',
    figures: row.figures
  }));
  const solved = solveColumns<Measure>({
    columns,
    equations,
    rows,
    columnTotals: evidence.columnTotals,
    evidence: (evidence.cells ?? []).map(({ code, ...cell }) => ({ key: code, ...cell }))
  });
  const result = found.map((row, i): TableRow => {
    const placement = solved.placements[i]!;
    const source = sourceOf(context.file, row.line);
    if (placement.alternatives === 0) issues.push(unreadableRowIssue(context, source, '数字个数多于列数'));
    else if (placement.unplaced.length > 0) issues.push(ambiguityIssue(context, source, placement.unplaced));
    const tableRow: TableRow = {
      classification: 'sangong',
      code: row.key,
      name: row.name,
      level: SANGONG_ITEMS[row.key].level,
      values: placement.values,
      source
    };
    if (placement.unplaced.length > 0) tableRow.unplaced = placement.unplaced;
    return tableRow;
  });
  return { rows: result, issues };
}
