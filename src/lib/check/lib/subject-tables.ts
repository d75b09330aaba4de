/**
 * Which table carries a spending figure the narrative states. Templates differ in where they
 * print it (seed: 支出表 columns; Jiangsu: one-column 一般公共预算 tables, 基本/项目 rows in the
 * 财政拨款收支总表, a separate 财政拨款支出表; Shanghai: a class-only 财政拨款收支总表), so each
 * figure has a list of candidate tables and the first one that prints what is needed answers.
 */
import type { Disclosure, FundScope, Measure, ParsedTable, TableId, TableRow } from '../../model/disclosure';
import { cellLabel, tableLabel } from './format';
import type { Resolution } from './subject';
import { allAppropriation, cell, findTable, functionRows, incomeRow, rowByCode, totalRow } from './tables';

export function figure(table: ParsedTable, row: TableRow | undefined, measure: Measure): Resolution {
  if (table.status === 'declared_empty') return { ok: true, figure: { value: 0, label: `${tableLabel(table)}（空表）`, unit: table.unitOfMeasure, source: table.emptyNote } };
  if (!row) return { ok: false, reason: 'missing-row', table };
  return { ok: true, figure: { value: row.values[measure] ?? 0, label: cellLabel(table, row, measure), unit: table.unitOfMeasure, source: row.source } };
}

export function inTable(d: Disclosure, id: TableId, find: (t: ParsedTable) => TableRow | undefined, measure: Measure): Resolution {
  const table = findTable(d, id);
  if (!table) return { ok: false, reason: 'no-table' };
  return figure(table, find(table), measure);
}

/** 财政拨款 is all 一般公共预算: no 政府性基金/国有资本经营 appropriation in either summary table. */
export function appropriationIsGeneral(d: Disclosure): boolean {
  let general = false;
  for (const id of ['t4', 't1'] as const) {
    if (cell(incomeRow(d, id, 'general_budget'), 'total') !== null) general = true;
    for (const key of ['gov_fund', 'state_capital']) if ((cell(incomeRow(d, id, key), 'total') ?? 0) !== 0) return false;
  }
  return general;
}

interface Candidate {
  id: TableId;
  row: (table: ParsedTable) => TableRow | undefined;
  measure: Measure;
}

/** First candidate table that is there and prints the measure in the row (or is declared empty). */
function firstPrinting(d: Disclosure, candidates: Candidate[]): Resolution {
  let fallback: Resolution = { ok: false, reason: 'unsupported' };
  for (const { id, row: find, measure } of candidates) {
    const table = findTable(d, id);
    if (!table) continue;
    if (table.status === 'declared_empty') return figure(table, undefined, measure);
    const row = find(table);
    if (row && (row.values[measure] !== undefined)) return figure(table, row, measure);
    if (!row && fallback.ok === false && fallback.reason === 'unsupported' && table.columns.includes(measure)) fallback = { ok: false, reason: 'missing-row', table };
  }
  return fallback;
}

/** 基本支出 / 项目支出 / 单位预留机动经费 of a funding scope. */
export function spendingPart(d: Disclosure, kind: 'basic' | 'project' | 'reserve', scope: FundScope): Resolution {
  const total = (id: TableId): Candidate => ({ id, row: totalRow, measure: kind });
  const t4Row: Candidate = { id: 't4', row: (t) => rowByCode(t, kind, 'expenditure'), measure: kind };
  const candidates: Candidate[] = [];
  if (scope === 'all') candidates.push(total('t3'));
  if (scope === 'appropriation') {
    if (allAppropriation(d)) candidates.push(total('t3'));
    candidates.push(t4Row);
  }
  if (scope === 'general_budget') {
    candidates.push(total('t5'));
    // The 一般公共预算基本支出表's 合计 is the 一般公共预算 基本支出 where 支出表 has no 基本支出 column.
    if (kind === 'basic') candidates.push({ id: 't6', row: totalRow, measure: 'total' });
    if (appropriationIsGeneral(d)) candidates.push(t4Row);
  }
  if (scope === 'gov_fund') candidates.push(total('t8'));
  if (scope === 'state_capital') candidates.push(total('t9'));
  return firstPrinting(d, candidates);
}

const PERSONNEL_CLASSES = new Set(['301', '303']);

/** 人员经费 / 公用经费: the 基本支出 table's columns, or — where it prints one 金额 column — its classes (301+303 人员经费, the rest 公用经费). */
export function personnelPublic(d: Disclosure, kind: 'personnel' | 'public_funds', scope: FundScope): Resolution {
  const measure: Measure = kind === 'personnel' ? 'personnel' : 'public';
  const ids: TableId[] = scope === 'appropriation' ? ['appropriation_basic', 't6'] : ['t6'];
  for (const id of ids) {
    const table = findTable(d, id);
    if (!table) continue;
    if (table.status === 'declared_empty' || table.columns.includes(measure)) return figure(table, totalRow(table), measure);
    const classes = table.rows.filter((row) => row.classification === 'economic' && row.code?.length === 3);
    if (classes.length === 0) return { ok: false, reason: 'unsupported' };
    const value = classes
      .filter((row) => PERSONNEL_CLASSES.has(row.code!) === (kind === 'personnel'))
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
export function functionFigure(d: Disclosure, code: string, scope: FundScope): Resolution {
  const ids: { id: TableId; side?: TableRow['side'] }[] = [];
  if (scope === 'appropriation') {
    ids.push({ id: 't4', side: 'expenditure' }, { id: 'appropriation_expenditure' });
    if (appropriationIsGeneral(d)) ids.push({ id: 't5' });
  }
  if (scope === 'all') ids.push({ id: 't3' }, { id: 't1', side: 'expenditure' });
  if (scope === 'general_budget') ids.push({ id: 't5' });
  if (scope === 'gov_fund') ids.push({ id: 't8' });
  if (scope === 'state_capital') ids.push({ id: 't9' });
  for (const { id, side } of ids) {
    const table = findTable(d, id);
    if (!table || !listsLevel(table, code, side)) continue;
    return figure(table, functionRows(table, side).find((row) => row.code === code), 'total');
  }
  return { ok: false, reason: 'unsupported' };
}
