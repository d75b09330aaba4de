/**
 * t7 一般公共预算项目支出情况表: function subtotal rows and project rows (function code, function
 * name, project name, figures). In text the economic column of a project's figures is unknowable
 * (most cells are empty), so only the total is placed; the rest stays unplaced (one issue per table).
 */
import type { Line } from '../../../extract/types';
import type { TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import { parseFigures, type TableContext } from './coded';
import { readRows, rowName, type RawRow } from './rows';
import { codeLevel, compact } from './tokens';

export function readProjects(
  lines: readonly Line[],
  context: TableContext,
  /** Function names by code from the other tables, to split "function name + project name". */
  functionNames: ReadonlyMap<string, string>,
  skip?: ReadonlySet<number>
): { rows: TableRow[]; issues: Issue[] } {
  const { rows: raw, issues } = readRows(lines, { file: context.file, scheme: 'function', skip });
  let lastCode: string | null = null;
  let anyUnplaced = false;
  const rows = raw.map((row): TableRow => {
    const figures = parseFigures(row.figures, row.source, context, issues);
    const shape = classify(row, lastCode, functionNames);
    if (row.kind === 'code') lastCode = row.code;
    // A blank printed row is 0; one whose figure could not be read (parseFigures said so) has no value.
    const unreadable = figures.length < row.figures.length;
    const tableRow: TableRow = { ...shape, values: figures[0] !== undefined ? { total: figures[0] } : unreadable ? {} : { total: 0 }, source: row.source };
    if (figures.length > 1) {
      tableRow.unplaced = figures.slice(1);
      anyUnplaced = true;
    }
    return tableRow;
  });
  if (anyUnplaced) {
    const first = rows.find((row) => row.unplaced)!;
    issues.push({
      code: 'column-ambiguous',
      message: `${context.file}：${context.label}只能从文本读出每行的合计；各经济分类列（工资福利支出、商品和服务支出等）的数字无法确定归属，未归列`,
      source: first.source
    });
  }
  return { rows, issues };
}

function classify(
  row: RawRow,
  lastCode: string | null,
  functionNames: ReadonlyMap<string, string>
): Pick<TableRow, 'classification' | 'code' | 'name' | 'level' | 'functionCode'> {
  const name = rowName(row);
  if (row.kind === 'total') return { classification: 'total', code: null, name, level: 0 };
  if (row.kind === 'named') {
    // Before any function row: the unit's own subtotal row; after one: a project under it.
    return lastCode === null
      ? { classification: 'other', code: null, name, level: 0 }
      : { classification: 'project', code: lastCode, name, level: 4, functionCode: lastCode };
  }
  const code = row.code!;
  if (code.length < 7) return { classification: 'function', code, name, level: codeLevel(code) };
  const known = functionNames.get(code);
  if (known !== undefined && name === compact(known)) return { classification: 'function', code, name, level: 3 };
  const project = projectName(row, name, known);
  return { classification: 'project', code, name: project, level: 4, functionCode: code };
}

function projectName(row: RawRow, name: string, known: string | undefined): string {
  if (known && name.startsWith(compact(known)) && name.length > compact(known).length) return name.slice(compact(known).length);
  // Without a known function name: on the code line the function name is the first token.
  if (row.firstLineTokens.length >= 2) return compact(row.nameTokens.slice(1).join(''));
  return name;
}
