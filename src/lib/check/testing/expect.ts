/** Assertions shared by the rule tests: a rule stays quiet, fires with given figures, or skips saying why. */
import { expect } from 'vitest';
import type { Measure, Disclosure, TableId } from '../../model/disclosure';
import type { Finding } from '../../model/finding';
import type { Rule } from '../rule';
import { seed000 } from './seed000';
import { seed001 } from './seed001';
import { seedLines } from './seed-text';
import { parseAmount } from '../../model/amount';

export function expectQuiet(rule: Rule, d: Disclosure): void {
  const outcome = rule.run(d);
  expect(outcome.status, outcome.why).toBe('ran');
  expect(outcome.findings).toEqual([]);
}

export function expectFires(rule: Rule, d: Disclosure, match: Partial<Finding>, count?: number): Finding[] {
  const outcome = rule.run(d);
  expect(outcome.status).toBe('ran');
  expect(outcome.findings).toContainEqual(expect.objectContaining({ ruleId: rule.id, ...match }));
  if (count !== undefined) expect(outcome.findings).toHaveLength(count);
  for (const finding of outcome.findings) expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
  return outcome.findings;
}

export function expectSkipped(rule: Rule, d: Disclosure): void {
  const outcome = rule.run(d);
  expect(outcome.status).toBe('skipped');
  expect(outcome.why).toMatch(/[\u4e00-\u9fff]/);
  expect(outcome.findings).toEqual([]);
}

/** A seed fixture with the real seed's text lines (optionally edited). */
export function withText(which: '000' | '001', transform?: (text: string) => string): Disclosure {
  const d = which === '000' ? seed000() : seed001();
  d.lines = seedLines(which, transform);
  return d;
}

/** A deep copy where one row's figures are left unplaced by the parser: the given measures' cells are open. */
export function withUnplaced(d: Disclosure, id: TableId, code: string, figures: string[], open: Measure[] = ['personnel']): Disclosure {
  const copy = structuredClone(d);
  const row = copy.tables.find((t) => t.id === id)?.rows.find((r) => r.code === code);
  if (!row) throw new Error(`no row ${id} ${code}`);
  row.unplaced = figures.map((f) => parseAmount(f, '万元')!);
  for (const measure of open) delete row.values[measure];
  return copy;
}
