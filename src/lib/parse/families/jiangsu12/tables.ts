/**
 * Every table of the Jiangsu 12-table set: present, declared empty, or missing.
 */
import type { ParsedTable, TableRow } from '../../../model/disclosure';
import type { Issue } from '../../../model/source';
import type { ExtractedDocument, Line } from '../../../extract/types';
import { findBlocks, type TableBlock } from './blocks';
import { finishCoded, parseCoded } from './coded';
import { parseIncomeList } from './income';
import { parseProcurement } from './procurement';
import { sourceOf, type ParseContext } from './rows';
import { EXPECTED } from './schema';
import { EXPENDITURE_ROW, SANGONG_ROW, parseSingleRow } from './single-row';
import { parseSummary } from './summary';
import { compact, lineTokens } from './tokens';

/** A sentence that declares the table empty ("注：我单位无…", "此表为空", "说明：本部门无相关收支项目"). */
const NOTE = /^(注|说明)[:：]|此表为空|本表为空|本表无数据/;
const SAYS_EMPTY = /为空|无.*(安排|项目|收支|支出|数据)|^无$/;

export function parseJiangsuTables(document: ExtractedDocument): { tables: ParsedTable[]; issues: Issue[] } {
  const { blocks, issues } = findBlocks(document);
  const tables: ParsedTable[] = [];
  for (const id of EXPECTED) {
    const matching = blocks.filter((b) => b.spec.id === id);
    if (matching.length === 0) {
      tables.push({ id, familyTableId: '', titleAsPrinted: '', unitOfMeasure: '万元', status: 'missing', columns: [], rows: [], page: 0, firstLine: 0, lastLine: 0 });
      issues.push({ code: 'jiangsu12-missing-table', message: `${document.file}：未找到${EXPECTED_NAMES[id] ?? id}` });
      continue;
    }
    for (const extra of matching.slice(1)) {
      issues.push({
        code: 'jiangsu12-duplicate-table',
        message: `“${extra.titleAsPrinted}”出现了不止一次，只读取第一次`,
        source: sourceOf(document.file, extra.titleLine)
      });
    }
    tables.push(parseBlock(document.file, matching[0]!, issues));
  }
  return { tables, issues };
}

function parseBlock(file: string, block: TableBlock, issues: Issue[]): ParsedTable {
  if (!block.unit) {
    issues.push({
      code: 'jiangsu12-unit-missing',
      message: `${block.titleAsPrinted}：未找到“单位：万元”，按本模板惯例以万元读取`,
      source: sourceOf(file, block.titleLine)
    });
  }
  const context: ParseContext = { file, unit: block.unit ?? '万元', title: block.titleAsPrinted, issues };
  const notes = block.lines.filter((line) => NOTE.test(compact(line.text)));
  const body = block.lines.filter((line) => !notes.includes(line));
  const rows = parseRows(block, body, context);
  const hasFigures = body.some((line) => lineTokens(line).some((t) => t.figure !== null));
  const note = notes.find((line) => SAYS_EMPTY.test(compact(line.text)));
  if (!hasFigures && !note) {
    issues.push({
      code: 'jiangsu12-empty-without-note',
      message: `${block.titleAsPrinted}：表中没有数字，也没有说明为空的文字`,
      source: sourceOf(file, block.titleLine)
    });
  }
  if (hasFigures && note) {
    issues.push({
      code: 'jiangsu12-empty-note-with-figures',
      message: `${block.titleAsPrinted}：说明“${note.text.trim()}”称本表为空，但表中有数字`,
      source: sourceOf(file, note)
    });
  }
  return {
    id: block.spec.id,
    familyTableId: block.familyTableId,
    titleAsPrinted: block.titleAsPrinted,
    unitOfMeasure: context.unit,
    status: hasFigures ? 'present' : 'declared_empty',
    columns: block.spec.columns,
    rows,
    page: block.titleLine.page,
    firstLine: block.titleLine.line,
    lastLine: block.lastLine.line,
    ...(!hasFigures && note ? { emptyNote: sourceOf(file, note) } : {})
  };
}

function parseRows(block: TableBlock, lines: Line[], context: ParseContext): TableRow[] {
  const spec = block.spec;
  switch (spec.kind) {
    case 'summary3':
      return parseSummary(lines, ['income', 'function', 'use'], context);
    case 'summary2':
      return parseSummary(lines, ['income', 'use'], context);
    case 'income':
      return parseIncomeList(lines, context);
    case 'expenditure':
      return parseSingleRow(lines, EXPENDITURE_ROW, spec.columns, context);
    case 'sangong':
      return parseSingleRow(lines, SANGONG_ROW, spec.columns, context);
    case 'procurement':
      return parseProcurement(lines, context);
    case 'coded': {
      const rows = parseCoded(lines, spec.classification ?? 'function', context);
      finishCoded(rows);
      return rows;
    }
  }
}

const EXPECTED_NAMES: Partial<Record<string, string>> = {
  t1: '收支预算总表',
  t2: '收入预算总表',
  t3: '支出预算总表',
  t4: '财政拨款收支预算总表',
  appropriation_expenditure: '财政拨款支出预算表',
  appropriation_basic: '财政拨款基本支出预算表',
  t5: '一般公共预算支出预算表',
  t6: '一般公共预算基本支出预算表',
  t10: '一般公共预算“三公”经费、会议费、培训费支出预算表',
  t8: '政府性基金支出预算表',
  operating_costs: '一般公共预算机关运行经费支出预算表',
  procurement: '政府采购支出预算表'
};
