/** t10 财政拨款“三公”经费支出情况表: fixed rows × total / general_budget / gov_fund / state_capital. */
import type { Line } from '../../../extract/types';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { ambiguityIssue, parseFigures, unreadableRowIssue, type CodedEvidence, type TableContext } from '../../table/coded';
import { sourceOf } from '../../table/rows';
import { solveColumns, type SolverRow } from '../../table/solver';
import { splitFigures } from '../../table/tokens';
import { normaliseTitle } from '../../table/segment';
import { BY_SOURCE, BY_SOURCE_EQUATIONS, SANGONG_KEYS, type SangongKey } from './schema';

export function sangongKey(label: string): SangongKey | null {
  const plain = normaliseTitle(label).replace(/^其中[:：]/, '');
  for (const [key, spec] of Object.entries(SANGONG_KEYS)) if (spec.pattern.test(plain)) return key as SangongKey;
  return null;
}

export function readSangong(lines: readonly Line[], context: TableContext, evidence: CodedEvidence): { rows: TableRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const found: { key: SangongKey; name: string; figures: number[]; line: Line }[] = [];
  let started = false;
  let carried = '';
  for (const line of lines) {
    if (/^编制(单位|部门)/.test(line.text) || /^※/.test(line.text)) continue;
    const { head, figures } = splitFigures(line.cells.map((cell) => cell.text));
    const label = carried + head.join('');
    const key = label ? sangongKey(label) : null;
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
    parent: SANGONG_KEYS[row.key].parent,
    isTotal: row.key === 'sangong_total',
    figures: row.figures
  }));
  const solved = solveColumns<Measure>({
    columns: BY_SOURCE,
    equations: BY_SOURCE_EQUATIONS,
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
      level: SANGONG_KEYS[row.key].level,
      values: placement.values,
      source
    };
    if (placement.unplaced.length > 0) tableRow.unplaced = placement.unplaced;
    return tableRow;
  });
  return { rows: result, issues };
}
