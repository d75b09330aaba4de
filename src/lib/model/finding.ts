/** Findings of the check stage (DESIGN.md findings.csv). */
import type { SourceRef } from './source';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Chinese, naming the table/row or sentence and both figures. */
  message: string;
  /** What the arithmetic or the other source says (万元 exact decimal, a percentage such as 2.31%, a count, or text). */
  expected: string | null;
  /** What the document prints. */
  actual: string | null;
  sources: SourceRef[];
}

/** One rule's run on one document: it ran (with or without findings) or was skipped, saying why. */
export interface RuleOutcome {
  ruleId: string;
  status: 'ran' | 'skipped';
  why?: string;
  findings: Finding[];
}
