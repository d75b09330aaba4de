/**
 * The one answer to "figure X of this document": a subject (收入总计, 一般公共预算基本支出, 201 类,
 * 公务接待费 …) → the table cell that states it, with its label and source, or why there is none.
 * normalise (the stated summary row) and check (narrative against tables) both ask here, so a
 * figure is found the same way everywhere.
 *
 * Templates print a figure in different tables (a 支出表 with 基本/项目 columns, or one-column
 * 一般公共预算 tables and 基本/项目 rows in the 财政拨款收支总表; a 基本支出表 with 人员经费 / 公用经费
 * columns, or one 金额 column by class), so each figure has candidate tables and the first that
 * prints what is needed answers. Candidates are chosen by what a table prints, never by family.
 */
import type { Fen, MeasureUnit } from './amount';
import type { Box, Disclosure, FundScope, Measure, ParsedTable, Subject, SubjectKind, TableId, TableRow } from './disclosure';
import { cellLabel, tableLabel } from './labels';
import type { SourceRef } from './source';
import { allAppropriation, cell, findTable, functionRows, incomeRow as certainIncomeRow, rowByCode, totalRow } from './tables';
import { PERSONNEL_ECONOMIC_CLASSES, type SangongItem } from './vocabulary';

export interface TableFigure {
  value: Fen;
  label: string;
  unit: MeasureUnit;
  source: SourceRef | undefined;
  /** Where the figure is printed on its PDF page (x0 y0 x1 y1, points from the top); absent for text. */
  box?: Box;
}

/**
 * `missing-row`: the table is there but has no such row (a stated 0 is then fine); `blank`: the row
 * is there without a figure in that column (a blank template, a column the table does not print).
 */
export type Resolution = { ok: true; figure: TableFigure } | { ok: false; reason: 'no-table' | 'missing-row' | 'blank' | 'unsupported'; table?: ParsedTable };

/** How tables are looked up: the certain ones (default) or every table read (see model/tables.ts). */
export type TableFinder = (d: Disclosure, id: TableId) => ParsedTable | undefined;

interface Lookup {
  d: Disclosure;
  find: TableFinder;
}

const INCOME_KINDS = new Set<SubjectKind>(['general_budget', 'gov_fund', 'state_capital', 'carryover', 'fiscal_special', 'unit_funds']);

const SANGONG_KINDS: Partial<Record<SubjectKind, SangongItem>> = {
  sangong_total: 'sangong_total', sangong_outbound: 'outbound', sangong_reception: 'reception',
  sangong_vehicle_total: 'vehicle_total', sangong_vehicle_purchase: 'vehicle_purchase', sangong_vehicle_operation: 'vehicle_operation'
};

/** The table figure a subject names, or why there is none. */
export function resolveFigure(d: Disclosure, subject: Subject, find: TableFinder = findTable): Resolution {
  const at: Lookup = { d, find };
  const { kind, scope } = subject;
  if (kind === 'income_total') return inTable(at, 't1', (t) => rowByCode(t, 'income_total', 'income'), 'total');
  if (kind === 'expenditure_total') {
    const r = inTable(at, 't1', (t) => rowByCode(t, 'expenditure_total', 'expenditure'), 'total');
    return r.ok ? r : inTable(at, 't3', totalRow, 'total');
  }
  if (kind === 'appropriation') return appropriation(at);
  if (INCOME_KINDS.has(kind)) {
    const r = inTable(at, 't1', (t) => rowByCode(t, kind, 'income'), 'total');
    return r.ok || kind === 'carryover' ? r : inTable(at, 't4', (t) => rowByCode(t, kind, 'income'), 'total');
  }
  if (kind === 'basic' || kind === 'project' || kind === 'reserve') return spendingPart(at, kind, scope);
  if (kind === 'personnel' || kind === 'public_funds') return personnelPublic(at, kind, scope);
  if (kind === 'function') return subject.code ? functionFigure(at, subject.code, scope) : { ok: false, reason: 'unsupported' };
  if (kind === 'economic') return subject.code ? inTable(at, 't6', (t) => rowByCode(t, subject.code!), 'total') : { ok: false, reason: 'unsupported' };
  const item = SANGONG_KINDS[kind];
  if (item) return sangongFigure(at, item);
  if (kind === 'operating_costs') return operatingCosts(at);
  if (kind === 'procurement_total') return inTable(at, 'procurement', totalRow, 'total');
  return { ok: false, reason: 'unsupported' };
}

/** The resolved value, or null when the document's tables do not state it. */
export function figureValue(resolution: Resolution): Fen | null {
  return resolution.ok ? resolution.figure.value : null;
}

function figure(table: ParsedTable, row: TableRow | undefined, measure: Measure): Resolution {
  if (table.status === 'declared_empty') return { ok: true, figure: { value: 0, label: `${tableLabel(table)}（空表）`, unit: table.unitOfMeasure, source: table.emptyNote } };
  if (!row) return { ok: false, reason: 'missing-row', table };
  const value = row.values[measure];
  if (value === undefined) return { ok: false, reason: 'blank', table };
  return { ok: true, figure: { value, label: cellLabel(table, row, measure), unit: table.unitOfMeasure, source: row.source, box: row.boxes?.[measure] } };
}

function inTable(at: Lookup, id: TableId, find: (t: ParsedTable) => TableRow | undefined, measure: Measure): Resolution {
  const table = at.find(at.d, id);
  if (!table) return { ok: false, reason: 'no-table' };
  return figure(table, find(table), measure);
}

/**
 * 财政拨款 of the year: the 财政拨款收支总表's 财政拨款 / 本年收入 row, else the sum of the 收支总表's
 * 财政拨款 sources (一般公共预算 + 政府性基金 + 国有资本经营).
 */
function appropriation(at: Lookup): Resolution {
  const t4 = at.find(at.d, 't4');
  const row = rowByCode(t4, 'appropriation', 'income') ?? rowByCode(t4, 'current_income', 'income');
  if (t4 && row) return figure(t4, row, 'total');
  const t1 = at.find(at.d, 't1');
  const sources = (['general_budget', 'gov_fund', 'state_capital'] as const).map((key) => rowByCode(t1, key, 'income')).filter((r): r is TableRow => r !== undefined);
  if (t1 && sources.some((source) => cell(source, 'total') !== null)) {
    const value = sources.reduce((sum, source) => sum + (cell(source, 'total') ?? 0), 0);
    return { ok: true, figure: { value, label: `${tableLabel(t1)} 一般公共预算、政府性基金、国有资本经营预算之和`, unit: t1.unitOfMeasure, source: sources[0]!.source } };
  }
  return t4 ? figure(t4, rowByCode(t4, 'income_total', 'income'), 'total') : { ok: false, reason: 'no-table' };
}

/** 财政拨款 is all 一般公共预算: no 政府性基金/国有资本经营 appropriation in either summary table. */
function appropriationIsGeneral(d: Disclosure): boolean {
  let general = false;
  for (const id of ['t4', 't1'] as const) {
    if (cell(certainIncomeRow(d, id, 'general_budget'), 'total') !== null) general = true;
    for (const key of ['gov_fund', 'state_capital']) if ((cell(certainIncomeRow(d, id, key), 'total') ?? 0) !== 0) return false;
  }
  return general;
}

interface Candidate {
  id: TableId;
  row: (table: ParsedTable) => TableRow | undefined;
  measure: Measure;
}

/** First candidate table that is there and prints the measure in the row (or is declared empty). */
function firstPrinting(at: Lookup, candidates: Candidate[]): Resolution {
  let fallback: Resolution = { ok: false, reason: 'unsupported' };
  for (const { id, row: find, measure } of candidates) {
    const table = at.find(at.d, id);
    if (!table) continue;
    if (table.status === 'declared_empty') return figure(table, undefined, measure);
    const row = find(table);
    if (row && row.values[measure] !== undefined) return figure(table, row, measure);
    if (!row && !fallback.ok && fallback.reason === 'unsupported' && table.columns.includes(measure)) fallback = { ok: false, reason: 'missing-row', table };
  }
  return fallback;
}

/** 基本支出 / 项目支出 / 单位预留机动经费 of a funding scope. */
function spendingPart(at: Lookup, kind: 'basic' | 'project' | 'reserve', scope: FundScope): Resolution {
  const total = (id: TableId): Candidate => ({ id, row: totalRow, measure: kind });
  const t4Row: Candidate = { id: 't4', row: (t) => rowByCode(t, kind, 'expenditure'), measure: kind };
  const candidates: Candidate[] = [];
  if (scope === 'all') candidates.push(total('t3'));
  if (scope === 'appropriation') {
    if (allAppropriation(at.d)) candidates.push(total('t3'));
    candidates.push(t4Row);
  }
  if (scope === 'general_budget') {
    candidates.push(total('t5'));
    // The 一般公共预算基本支出表's 合计 is the 一般公共预算 基本支出 where 支出表 has no 基本支出 column.
    if (kind === 'basic') candidates.push({ id: 't6', row: totalRow, measure: 'total' });
    if (appropriationIsGeneral(at.d)) candidates.push(t4Row);
  }
  if (scope === 'gov_fund') candidates.push(total('t8'));
  if (scope === 'state_capital') candidates.push(total('t9'));
  return firstPrinting(at, candidates);
}

/**
 * 人员经费 / 公用经费: the 基本支出 table's columns (or its 人员经费合计 / 公用经费合计), or — where it
 * prints one 金额 column by class — its classes (301 + 303 人员经费, the rest 公用经费).
 */
function personnelPublic(at: Lookup, kind: 'personnel' | 'public_funds', scope: FundScope): Resolution {
  const measure: Measure = kind === 'personnel' ? 'personnel' : 'public';
  const ids: TableId[] = scope === 'appropriation' ? ['appropriation_basic', 't6'] : ['t6'];
  for (const id of ids) {
    const table = at.find(at.d, id);
    if (!table) continue;
    if (table.status === 'declared_empty') return figure(table, undefined, measure);
    const printed = table.rows.find((row) => row.level === 0 && row.code === null && row.side === undefined && row.values[measure] !== undefined);
    if (printed) return figure(table, printed, measure);
    if (table.columns.includes(measure)) return figure(table, totalRow(table), measure);
    const classes = table.rows.filter((row) => row.classification === 'economic' && row.code?.length === 3);
    if (classes.length === 0) return { ok: false, reason: 'unsupported' };
    if (classes.every((row) => row.values.total === undefined)) return { ok: false, reason: 'blank', table };
    const value = classes
      .filter((row) => PERSONNEL_ECONOMIC_CLASSES.has(row.code!) === (kind === 'personnel'))
      .reduce((sum, row) => sum + (row.values.total ?? 0), 0);
    const what = kind === 'personnel' ? '人员经费（工资福利支出与对个人和家庭的补助两类之和）' : '公用经费（工资福利支出、对个人和家庭的补助以外各类之和）';
    return { ok: true, figure: { value, label: `${tableLabel(table)} ${what}`, unit: table.unitOfMeasure, source: (totalRow(table) ?? classes[0]!).source } };
  }
  return { ok: false, reason: 'no-table' };
}

/** Does the table list function classes down to this code's level (类 3, 款 5, 项 7 digits)? */
function listsLevel(table: ParsedTable, code: string, side?: TableRow['side']): boolean {
  return table.status === 'declared_empty' || functionRows(table, side).some((row) => row.code!.length >= code.length);
}

/** A function class of a funding scope, from the first table that lists classes to that level. */
function functionFigure(at: Lookup, code: string, scope: FundScope): Resolution {
  const ids: { id: TableId; side?: TableRow['side'] }[] = [];
  if (scope === 'appropriation') {
    ids.push({ id: 't4', side: 'expenditure' }, { id: 'appropriation_expenditure' });
    if (appropriationIsGeneral(at.d)) ids.push({ id: 't5' });
  }
  if (scope === 'all') ids.push({ id: 't3' }, { id: 't1', side: 'expenditure' });
  if (scope === 'general_budget') ids.push({ id: 't5' });
  if (scope === 'gov_fund') ids.push({ id: 't8' });
  if (scope === 'state_capital') ids.push({ id: 't9' });
  for (const { id, side } of ids) {
    const table = at.find(at.d, id);
    if (!table || !listsLevel(table, code, side)) continue;
    return figure(table, functionRows(table, side).find((row) => row.code === code), 'total');
  }
  return { ok: false, reason: 'unsupported' };
}

/** A “三公” item's stated figure (the 决算数 of a 决算): its row of the canonical “三公” table. */
function sangongFigure(at: Lookup, item: SangongItem): Resolution {
  return inTable(at, 't10', (table) => rowByCode(table, item), 'total');
}

/** 机关运行经费: its row in the “三公” table where printed there, else its own table's 合计. */
function operatingCosts(at: Lookup): Resolution {
  const t10 = at.find(at.d, 't10');
  const row = rowByCode(t10, 'operating_costs');
  if (t10 && row) return figure(t10, row, 'total');
  return inTable(at, 'operating_costs', totalRow, 'total');
}
