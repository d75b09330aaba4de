/**
 * summary_sources.csv: where each unit_summary figure comes from. It asks the same questions the
 * figures were made from (stated.ts, prior.ts) and keeps the answer whose value is the figure's,
 * so a source never names a cell that says something else.
 */
import { formatWanyuanExact, type Fen } from '../model/amount';
import type { Box, Disclosure, NarrativeFact, SubjectKind } from '../model/disclosure';
import { resolveFigure, type TableFigure } from '../model/resolve';
import { sourceLabel, type SourceRef } from '../model/source';
import { findTable, findTableRead } from '../model/tables';
import { COLUMN_OF, priorOf } from './prior';
import { SUMMARY_AMOUNTS, SUMMARY_COUNTS, type SummaryAmount, type SummaryRow, type SummarySourceRow } from './rows';
import { SUBJECT_OF } from './stated';

type Base = Pick<SummarySourceRow, 'unit_id' | 'year' | 'basis' | 'doc_id'>;
type Found = Pick<SummarySourceRow, 'label' | 'source_line' | 'page' | 'box' | 'formula' | 'inputs'>;

/** Parts a prior-year total is the sum of when the narrative gives the parts only (prior.ts deriveSum). */
const DERIVED_SUMS: [SummaryAmount, SummaryAmount[]][] = [
  ['sangong_vehicle_total', ['sangong_vehicle_purchase', 'sangong_vehicle_operation']],
  ['sangong_total', ['sangong_outbound', 'sangong_reception', 'sangong_vehicle_total']],
  ['expenditure_total', ['basic', 'project']]
];

const FIGURE_NAMES: Record<string, string> = {
  basic: '基本支出', project: '项目支出', sangong_outbound: '因公出国（境）费', sangong_reception: '公务接待费',
  sangong_vehicle_total: '公务用车购置及运行费', sangong_vehicle_purchase: '公务用车购置费', sangong_vehicle_operation: '公务用车运行费'
};

export function summarySourceRows(disclosure: Disclosure, summaries: readonly SummaryRow[]): SummarySourceRow[] {
  const rows: SummarySourceRow[] = [];
  for (const summary of summaries) {
    const base: Base = { unit_id: summary.unit_id, year: summary.year, basis: summary.basis, doc_id: summary.doc_id };
    for (const figure of [...SUMMARY_AMOUNTS, ...SUMMARY_COUNTS]) {
      const value = summary[figure];
      if (value === null) continue;
      const found = summary.basis === 'stated' ? statedSource(disclosure, figure, value) : priorSource(disclosure, figure, value);
      if (found) rows.push({ ...base, figure, ...found });
    }
  }
  return rows;
}

function statedSource(d: Disclosure, figure: string, value: number): Found | null {
  if (figure === 'vehicles') return fromRef(d.assets.source, '说明 车辆');
  if (figure.startsWith('staff_')) return fromRef(d.staff.source, '说明 人员情况');
  const subject = SUBJECT_OF[figure as SummaryAmount];
  for (const find of [findTable, findTableRead]) {
    const resolution = resolveFigure(d, subject, find);
    if (resolution.ok && resolution.figure.value === value) return fromTable(resolution.figure);
  }
  const fact = d.facts.find((f) => f.subject.kind === subject.kind && f.amount === value);
  return fact ? fromRef(fact.source, '说明') : null;
}

function priorSource(d: Disclosure, figure: string, value: number): Found | null {
  if (figure.startsWith('staff_')) {
    const formula = figure === 'staff_actual' ? '上年在职 + 上年退休 + 上年离休' : '本年人数 − 比上年增加人数';
    return { ...fromRef(d.staff.source, '说明 人员情况'), formula, inputs: figure === 'staff_actual' ? 'staff_active staff_retired staff_retired_veteran' : null };
  }
  const target = COLUMN_OF[figure as SubjectKind];
  if (target?.column === figure) {
    for (const scope of target.scopes) {
      const fact = d.facts.find((f) => f.subject.kind === figure && f.subject.scope === scope && priorOf(f) !== null);
      if (fact) return priorOf(fact) === value ? { ...fromRef(fact.source, '说明'), formula: priorFormula(fact) } : null;
    }
  }
  const sum = DERIVED_SUMS.find(([total]) => total === figure);
  if (!sum) return null;
  const [, parts] = sum;
  return { label: '由上年各项相加', source_line: null, page: null, box: null, formula: parts.map((part) => `上年${FIGURE_NAMES[part]}`).join(' + '), inputs: parts.join(' ') };
}

/** 上年数 = 本年数 ∓ 变化数, as the narrative states them (万元). */
function priorFormula(fact: NarrativeFact): string {
  if (fact.statedPrior !== undefined) return `说明直接列出上年数 ${formatWanyuanExact(fact.statedPrior)}`;
  const amount = formatWanyuanExact(fact.amount as Fen);
  const change = fact.change!;
  if (change.direction === 'flat') return `本年 ${amount}（与上年持平）`;
  const by = formatWanyuanExact(change.amount as Fen);
  return change.direction === 'increase' ? `本年 ${amount} − 比上年增加 ${by}` : `本年 ${amount} + 比上年减少 ${by}`;
}

function fromTable(figure: TableFigure): Found {
  return { ...fromRef(figure.source, figure.label), box: boxText(figure.box) };
}

function fromRef(source: SourceRef | undefined, label: string): Found {
  return { label, source_line: source ? sourceLabel(source) : null, page: source?.page ?? null, box: null, formula: null, inputs: null };
}

function boxText(box: Box | undefined): string | null {
  return box ? box.map((value) => value.toFixed(2)).join(' ') : null;
}

