/** lines.csv: every placed figure of every table (stated), and the prior-year figures the narrative gives per item. */
import type { Box, Disclosure, Measure, NarrativeFact, SubjectKind } from '../model/disclosure';
import { sourceLabel } from '../model/source';
import { priorOf } from './prior';
import type { LineRow } from './rows';

export function statedLines(disclosure: Disclosure, unitId: string, docId: string): LineRow[] {
  const rows: LineRow[] = [];
  for (const table of disclosure.tables) {
    if (table.status !== 'present') continue;
    for (const row of table.rows) {
      // The table's columns in printed order, then any other measure the row carries (the
      // 人员经费 / 公用经费 of a basic table printed in two halves).
      const extra = (Object.keys(row.values) as Measure[]).filter((measure) => !table.columns.includes(measure)).sort();
      for (const measure of [...table.columns, ...extra]) {
        const amount = row.values[measure];
        if (amount === undefined) continue;
        rows.push({
          unit_id: unitId,
          year: disclosure.year,
          basis: 'stated',
          table: table.id,
          classification: row.classification,
          code: row.code,
          name: row.name,
          level: row.level,
          measure,
          amount,
          source_line: sourceLabel(row.source),
          doc_id: docId,
          page: row.source.page,
          box: boxText(row.boxes?.[measure]),
          certain: table.quality?.status !== 'uncertain'
        });
      }
    }
  }
  return rows;
}

const SANGONG_CODES: Partial<Record<SubjectKind, string>> = {
  sangong_total: 'sangong_total',
  sangong_outbound: 'outbound',
  sangong_reception: 'reception',
  sangong_vehicle_total: 'vehicle_total',
  sangong_vehicle_purchase: 'vehicle_purchase',
  sangong_vehicle_operation: 'vehicle_operation'
};

const INCOME_KINDS: ReadonlySet<SubjectKind> = new Set(['general_budget', 'gov_fund', 'state_capital', 'carryover', 'income_total']);

/** Prior-year lines: function items, 三公 items and income sources whose previous figure the narrative gives. */
export function priorLines(disclosure: Disclosure, unitId: string, docId: string): LineRow[] {
  const rows: LineRow[] = [];
  const seen = new Set<string>();
  for (const fact of disclosure.facts) {
    const amount = priorOf(fact);
    if (amount === null || disclosure.year === null) continue;
    const target = priorTarget(fact);
    if (!target) continue;
    const key = `${target.table}|${target.classification}|${target.code}|${target.name}|${target.measure}`;
    if (seen.has(key)) continue; // the same quantity stated twice: the first statement counts, check reports conflicts
    seen.add(key);
    rows.push({
      unit_id: unitId,
      year: disclosure.year - 1,
      basis: 'prior',
      ...target,
      amount,
      source_line: sourceLabel(fact.source),
      doc_id: docId,
      page: fact.source.page,
      box: null,
      certain: true
    });
  }
  return rows;
}

/** A figure's box as "x0 y0 x1 y1" (PDF points, two decimals). */
function boxText(box: Box | undefined): string | null {
  return box ? box.map((value) => value.toFixed(2)).join(' ') : null;
}

function priorTarget(fact: NarrativeFact): Pick<LineRow, 'table' | 'classification' | 'code' | 'name' | 'level' | 'measure'> | null {
  const { subject } = fact;
  const measure: Measure = 'total';
  if (subject.kind === 'function') {
    const table = subject.scope === 'general_budget' ? 't5' : subject.scope === 'gov_fund' ? 't8' : subject.scope === 'appropriation' ? 't4' : 't3';
    const code = subject.code ?? null;
    return { table, classification: 'function', code, name: subject.name ?? '', level: code ? (code.length + 1) / 2 - 1 : 0, measure };
  }
  const sangong = SANGONG_CODES[subject.kind];
  if (sangong) return { table: 't10', classification: 'sangong', code: sangong, name: subject.name ?? '', level: 1, measure };
  if (INCOME_KINDS.has(subject.kind) && subject.scope === 'all') {
    return { table: 't1', classification: 'income', code: subject.kind, name: subject.name ?? '', level: 1, measure };
  }
  return null;
}
