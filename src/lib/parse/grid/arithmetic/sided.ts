/**
 * Two-sided summary tables (收支总表, 财政拨款收支总表) in text without positions: each printed
 * line may carry an income-side row and an expenditure-side row ("一、本年收入 370.29 201
 * 一般公共服务支出 305.50"); the expenditure side starts at a function code or class name, or at
 * a total or use of the expenditure side. Its figures are placed in the spec's columns by the
 * table's arithmetic.
 */
import type { Line } from '../../../extract/types';
import type { Fen } from '../../../model/amount';
import type { Measure, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { buildCodedRows, parseFigures, unreadableRowIssue, type CodedEvidence, type TableContext } from './coded';
import { sourceOf, type RawRow } from './rows';
import { compact, readCode, splitFigures } from './tokens';
import { expenditureKey, incomeKey, incomeLevel, isExpenditureLabel, newIncomeContext } from '../keys';
import { INCOME_KEYS, stripNumbering } from '../../../model/vocabulary';
import { isAmountToken } from '../../../model/amount';
import type { RowEquation } from './solver';
import { appendAll } from '../../../model/arrays';

export interface SplitLine {
  income: { label: string[]; figures: string[] } | null;
  expenditure: { code: string | null; name: string[]; figures: string[] } | null;
}

/** Splits a printed line where the expenditure side starts (its code, class name, total or use). */
export function splitTwoSidedLine(tokens: readonly string[]): SplitLine {
  let at = -1;
  let code: { code: string; length: number } | null = null;
  for (let j = 0; j < tokens.length && at < 0; j++) {
    const candidate = readCode(tokens.slice(j), 'function');
    const next = candidate ? tokens[j + candidate.length] : undefined;
    if (candidate && candidate.code.length === 3 && (next === undefined || !isAmountToken(next))) {
      at = j;
      code = candidate;
    } else if (!isAmountToken(tokens[j]!) && isExpenditureLabel(expenditureLabelAt(tokens, j)) && incomeEndsBefore(tokens, j)) {
      at = j;
    }
  }
  const incomeTokens = at < 0 ? [...tokens] : tokens.slice(0, at);
  const income = incomeTokens.length > 0 ? { label: splitFigures(incomeTokens).head, figures: splitFigures(incomeTokens).figures } : null;
  if (at < 0) return { income, expenditure: null };
  const rest = tokens.slice(at + (code?.length ?? 0));
  const { head, figures } = splitFigures(rest);
  return { income, expenditure: { code: code?.code ?? null, name: head, figures } };
}

/** The expenditure label that starts at token j (its words up to the next figure). */
function expenditureLabelAt(tokens: readonly string[], j: number): string {
  const words: string[] = [];
  for (let k = j; k < tokens.length && !isAmountToken(tokens[k]!); k++) words.push(tokens[k]!);
  return compact(words.join(''));
}

/**
 * The income side can end before token j: nothing before it, or a figure just before it, or a
 * whole income label before it ("2. 政府性基金 三、卫生健康支出", not "收 入 | 总 计").
 */
function incomeEndsBefore(tokens: readonly string[], j: number): boolean {
  if (j === 0) return incomeKey(expenditureLabelAt(tokens, 0), newIncomeContext()) === null;
  if (isAmountToken(tokens[j - 1]!)) return true;
  return incomeKey(compact(tokens.slice(0, j).join('')), newIncomeContext()) !== null;
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
  columns: readonly Measure[],
  equations: readonly RowEquation<Measure>[],
  evidence: (incomeRows: TableRow[], codes: string[]) => CodedEvidence = () => ({})
): TwoSidedResult {
  const issues: Issue[] = [];
  const incomeRows: TableRow[] = [];
  const expenditureRaw: RawRow[] = [];
  const order: { line: number; side: 'income' | 'expenditure'; index: number }[] = [];
  const incomeContext = newIncomeContext();
  const keys: (string | null)[] = [];
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
          classification: INCOME_KEYS[key] === 0 ? 'total' : 'income',
          code: key,
          name: incomeLabel,
          level: incomeLevel(incomeLabel, key),
          side: 'income',
          // A blank is 0; a figure parseFigures could not read leaves the cell without value.
          values: figures[0] !== undefined ? { total: figures[0] } : figures.length < split.income.figures.length ? {} : { total: 0 },
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
      const { code, name, figures } = split.expenditure;
      // A class printed by name ("一、一般公共服务支出") is keyed by its code; the first of 本年支出合计 /
      // 支出总计 is the sum of the classes, other totals and uses stand alone.
      const key = code ?? expenditureKey(compact(name.join('')))?.code ?? null;
      const isClass = key !== null && /^\d{3}$/.test(key);
      const isRoot = !isClass && (key === 'current_expenditure' || key === 'expenditure_total') && !keys.some((k) => k === 'current_expenditure' || k === 'expenditure_total');
      order.push({ line: line.line, side: 'expenditure', index: expenditureRaw.length });
      keys.push(key);
      expenditureRaw.push({
        kind: isClass ? 'code' : isRoot ? 'total' : 'named',
        code: isClass ? key : null,
        nameTokens: name,
        firstLineTokens: name,
        figures,
        source,
        lines: [line.line]
      });
    }
  }
  const built = buildCodedRows(expenditureRaw, { columns, equations, classification: 'function' }, context, evidence(incomeRows, expenditureRaw.flatMap((row) => (row.code ? [row.code] : []))));
  appendAll(issues, built.issues);
  const expenditureRows = built.rows.map((row, i): TableRow => {
    const key = keys[i] ?? null;
    if (row.classification === 'function') return { ...row, name: stripNumbering(row.name), side: 'expenditure' };
    const word = key ? expenditureKey(key === 'expenditure_total' || key === 'current_expenditure' ? row.name : row.name) : null;
    const classification = word?.classification ?? 'other';
    return { ...row, classification, code: word?.code ?? key, level: word?.level ?? 1, side: 'expenditure' };
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
