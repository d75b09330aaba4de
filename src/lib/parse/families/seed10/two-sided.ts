/**
 * Two-sided summary tables (t1 收支总体, t4 财政拨款收支总体): each printed line may carry an
 * income-side row and an expenditure-side row ("一、本年收入 370.29 201 一般公共服务支出 305.50").
 */
import type { Line } from '../../../extract/types';
import type { Fen } from '../../../model/amount';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { buildCodedRows, parseFigures, unreadableRowIssue, type CodedEvidence, type TableContext } from '../../table/coded';
import { sourceOf, type RawRow } from '../../table/rows';
import { compact, readCode, splitFigures } from '../../table/tokens';
import { incomeKey, newIncomeContext } from './income';
import { BY_SOURCE, BY_SOURCE_EQUATIONS, EXPENDITURE_TOTAL_KEY, INCOME_KEYS } from './schema';
import { isAmountToken } from '../../../model/amount';

export interface SplitLine {
  income: { label: string[]; figures: string[] } | null;
  expenditure: { code: string | null; name: string[]; figures: string[]; isTotal: boolean } | null;
}

const EXPENDITURE_TOTAL = /^(本年)?支出(总计|合计)/;

/** Splits a printed line at the expenditure side's code or 支出总计 label. */
export function splitTwoSidedLine(tokens: readonly string[]): SplitLine {
  let at = -1;
  let code: { code: string; length: number } | null = null;
  for (let j = 0; j < tokens.length && at < 0; j++) {
    const candidate = readCode(tokens.slice(j), 'function');
    const next = candidate ? tokens[j + candidate.length] : undefined;
    if (candidate && candidate.code.length === 3 && (next === undefined || !isAmountToken(next))) {
      at = j;
      code = candidate;
    } else if (EXPENDITURE_TOTAL.test(compact(tokens.slice(j).join('')))) {
      at = j;
    }
  }
  const incomeTokens = at < 0 ? [...tokens] : tokens.slice(0, at);
  const income = incomeTokens.length > 0 ? { label: splitFigures(incomeTokens).head, figures: splitFigures(incomeTokens).figures } : null;
  if (at < 0) return { income, expenditure: null };
  const rest = tokens.slice(at + (code?.length ?? 0));
  const { head, figures } = splitFigures(rest);
  return { income, expenditure: { code: code?.code ?? null, name: head, figures, isTotal: code === null } };
}

export interface TwoSidedResult {
  rows: TableRow[];
  issues: Issue[];
}

/**
 * Builds the rows of a two-sided table. `expenditureColumns` is ['total'] for t1 and
 * total/general_budget/gov_fund/state_capital for t4 (placed by the solver with `evidence`).
 */
export function readTwoSided(
  lines: readonly Line[],
  context: TableContext,
  expenditureColumns: 'total' | 'by_source',
  evidence: (incomeRows: TableRow[], codes: string[]) => CodedEvidence = () => ({})
): TwoSidedResult {
  const issues: Issue[] = [];
  const incomeRows: TableRow[] = [];
  const expenditureRaw: RawRow[] = [];
  const order: { line: number; side: 'income' | 'expenditure'; index: number }[] = [];
  const incomeContext = newIncomeContext();
  let started = false;
  for (const line of lines) {
    if (/^编制(单位|部门)/.test(line.text)) {
      started = false; // a header repeated after a page break
      continue;
    }
    const split = splitTwoSidedLine(line.cells.map((cell) => cell.text));
    const source = sourceOf(context.file, line);
    const incomeLabel = split.income ? compact(split.income.label.join('')) : '';
    const key = incomeLabel ? incomeKey(incomeLabel, incomeContext) : null;
    const hasFigures = (split.income?.figures.length ?? 0) > 0 || split.expenditure !== null;
    if (!started && !hasFigures) continue; // header lines
    started = true;
    if (split.income && (incomeLabel || split.income.figures.length > 0)) {
      if (key === null) {
        issues.push(unreadableRowIssue(context, source, incomeLabel ? `收入项目“${incomeLabel}”不是本表的收入项目` : '数字前没有收入项目'));
      } else {
        const figures = parseFigures(split.income.figures, source, context, issues);
        const row: TableRow = {
          classification: 'income',
          code: key,
          name: incomeLabel,
          level: INCOME_KEYS[key].level,
          side: 'income',
          values: { total: figures[0] ?? 0 },
          source
        };
        if (figures.length > 1) {
          row.unplaced = figures.slice(1);
          issues.push(unreadableRowIssue(context, source, '收入项目后的数字多于一个'));
        }
        order.push({ line: line.line, side: 'income', index: incomeRows.length });
        incomeRows.push(row);
      }
    }
    if (split.expenditure) {
      const { code, name, figures, isTotal } = split.expenditure;
      order.push({ line: line.line, side: 'expenditure', index: expenditureRaw.length });
      expenditureRaw.push({
        kind: isTotal ? 'total' : 'code',
        code,
        nameTokens: name,
        firstLineTokens: name,
        figures,
        source,
        lines: [line.line]
      });
    }
  }
  const columns: readonly Measure[] = expenditureColumns === 'total' ? ['total'] : BY_SOURCE;
  const equations = expenditureColumns === 'total' ? [] : BY_SOURCE_EQUATIONS;
  const built = buildCodedRows(expenditureRaw, { columns, equations, classification: 'function' }, context, evidence(incomeRows, expenditureRaw.flatMap((row) => (row.code ? [row.code] : []))));
  issues.push(...built.issues);
  const expenditureRows = built.rows.map((row): TableRow => {
    const isTotal = row.classification === 'total';
    return { ...row, code: isTotal ? EXPENDITURE_TOTAL_KEY : row.code, side: 'expenditure' };
  });
  const rows = order.map((entry) => (entry.side === 'income' ? incomeRows[entry.index]! : expenditureRows[entry.index]!));
  return { rows, issues };
}

/** Σ of income rows by key (absent keys: undefined). */
export function incomeValue(rows: readonly TableRow[], ...keys: string[]): Fen | undefined {
  const found = rows.filter((row) => row.side === 'income' && row.code !== null && keys.includes(row.code));
  if (found.length === 0) return undefined;
  return found.reduce((acc, row) => acc + (row.values.total ?? 0), 0);
}
