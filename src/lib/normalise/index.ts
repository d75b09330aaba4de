/**
 * normalise: Disclosures (with their check outcomes) → the dataset rows of DESIGN.md.
 * Output order depends only on the documents' content, never on the order they came in.
 */
import type { Disclosure } from '../model/disclosure';
import type { RuleOutcome } from '../model/finding';
import { sourceLabel } from '../model/source';
import { compareKeys, documentKey } from './merge';
import { priorLines, statedLines } from './lines';
import { priorFigures } from './prior';
import type { CheckRunRow, Dataset, FindingRow, SummaryRow } from './rows';
import { statedFigures } from './stated';
import { summarySourceRows } from './sources';
import { tableRows, unitRow } from './units';
import { appendAll } from '../model/arrays';

export interface CheckedDisclosure {
  disclosure: Disclosure;
  outcomes: RuleOutcome[];
}

export function normalise(documents: CheckedDisclosure[]): Dataset {
  const ordered = [...documents]
    .map((document) => ({ ...document, key: documentKey(document.disclosure) }))
    .sort((a, b) => compareKeys(a.key, b.key));
  const dataset: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };
  for (const { disclosure, outcomes, key: [id, , , doc] } of ordered) {
    dataset.units.push(unitRow(disclosure, id, doc));
    appendAll(dataset.tables, tableRows(disclosure, id, doc));
    appendAll(dataset.lines, statedLines(disclosure, id, doc), priorLines(disclosure, id, doc));
    const summaries = summaryRows(disclosure, id, doc);
    appendAll(dataset.unit_summary, summaries);
    appendAll(dataset.summary_sources, summarySourceRows(disclosure, summaries));
    appendAll(dataset.findings, parseWarningRows(disclosure, id, doc), findingRows(outcomes, disclosure, id, doc));
    appendAll(dataset.checks, checkRunRows(outcomes, disclosure, id, doc));
  }
  return dataset;
}

function summaryRows(disclosure: Disclosure, id: string, doc: string): SummaryRow[] {
  const base = {
    unit_id: id,
    doc_id: doc,
    unit_name: disclosure.unit.name,
    region: disclosure.unit.region,
    city: disclosure.unit.city,
    doc_kind: disclosure.docKind,
    doc_scope: disclosure.docScope
  };
  const rows: SummaryRow[] = [{ ...base, year: disclosure.year, basis: 'stated', ...statedFigures(disclosure) }];
  const prior = priorFigures(disclosure);
  if (prior && disclosure.year !== null) rows.push({ ...base, year: disclosure.year - 1, basis: 'prior', ...prior });
  return rows;
}

function parseWarningRows(disclosure: Disclosure, id: string, doc: string): FindingRow[] {
  return disclosure.warnings.map((issue) => ({
    unit_id: id,
    year: disclosure.year,
    rule_id: `parse:${issue.code}`,
    severity: 'warning',
    message: issue.message,
    expected: null,
    actual: issue.source?.text ?? null,
    source_lines: issue.source ? sourceLabel(issue.source) : disclosure.sourceFile,
    doc_id: doc
  }));
}

function findingRows(outcomes: RuleOutcome[], disclosure: Disclosure, id: string, doc: string): FindingRow[] {
  return outcomes.flatMap((outcome) =>
    outcome.findings.map((finding) => ({
      unit_id: id,
      year: disclosure.year,
      rule_id: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      expected: finding.expected,
      actual: finding.actual,
      source_lines: finding.sources.map(sourceLabel).join(' '),
      doc_id: doc
    }))
  );
}

function checkRunRows(outcomes: RuleOutcome[], disclosure: Disclosure, id: string, doc: string): CheckRunRow[] {
  return outcomes
    .map((outcome) => ({
      unit_id: id,
      year: disclosure.year,
      doc_id: doc,
      rule_id: outcome.ruleId,
      status: outcome.status,
      why: outcome.why ?? null,
      findings: outcome.findings.length
    }))
    .sort((a, b) => (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : 0));
}

