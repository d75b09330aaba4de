/**
 * A 决算 (final accounts) through the whole pipeline. No real 决算 is in the corpus, so this uses the
 * synthesized Shanghai 决算 of the family's tests (made-up figures that add up): the stated row is
 * the actuals, both halves of the 三公 预算数/决算数 pairs are checked, and nothing false is flagged.
 */
import { describe, expect, it } from 'vitest';
import { formatWanyuanExact } from '../../src/lib/model/amount';
import { SYNTHETIC_DECISION_TEXT } from '../../src/lib/parse/families/shanghai9/synthetic-decision.fixture';
import { datasetOf } from './pipeline';

const ingest = (text: string) => datasetOf([{ name: 'synthetic_decision.txt', text }]);
const wan = (fen: number | null) => (fen === null ? null : formatWanyuanExact(fen));

describe('a 决算 document', () => {
  const dataset = ingest(SYNTHETIC_DECISION_TEXT);

  it('is identified as 决算 and its stated figures are the actuals', () => {
    expect(dataset.units.map((unit) => [unit.unit_name, unit.year, unit.doc_kind, unit.doc_scope])).toEqual([['上海市某区某局', 2024, '决算', '部门']]);
    const row = dataset.unit_summary.find((candidate) => candidate.basis === 'stated')!;
    expect({
      personnel: wan(row.personnel),
      public_funds: wan(row.public_funds),
      sangong_total: wan(row.sangong_total),
      sangong_reception: wan(row.sangong_reception),
      sangong_vehicle_operation: wan(row.sangong_vehicle_operation)
    }).toEqual({ personnel: '0.125', public_funds: '0.032', sangong_total: '10.50', sangong_reception: '5.00', sangong_vehicle_operation: '5.50' });
  });

  it('keeps the 预算数 half of the 三公 pairs as its own measures', () => {
    const budget = dataset.lines.filter((line) => line.table === 't10' && line.measure.startsWith('budget_')).map((line) => [line.measure, wan(line.amount)]);
    expect(budget).toEqual(expect.arrayContaining([['budget_total', '12.00'], ['budget_outbound', '2.00'], ['budget_reception', '4.00']]));
  });

  it('flags no arithmetic error in figures that add up', () => {
    expect(dataset.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it.each([
    ['决算数 合计', '10.50', '10.60', '10.60'],
    ['预算数 合计', '12.00', '12.10', '12.10']
  ])('a wrong 三公 %s is found', (_, from, to, actual) => {
    const altered = ingest(SYNTHETIC_DECISION_TEXT.replace(` ${from} `, ` ${to} `));
    expect(altered.findings.some((finding) => finding.rule_id === 'sangong-total' && finding.actual === actual)).toBe(true);
  });
});
