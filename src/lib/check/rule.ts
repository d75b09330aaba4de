/** The shape every check-stage rule shares, and the helpers that build its outcome. */
import type { Disclosure, ParsedTable } from '../model/disclosure';
import { uncertainAsked } from '../model/tables';
import type { Finding, RuleOutcome, Severity } from '../model/finding';
import type { SourceRef } from '../model/source';

export interface Rule {
  /** Stable kebab-case id (findings.csv rule_id). */
  id: string;
  /** One Chinese sentence: what the rule checks. */
  titleZh: string;
  /** Default severity of its findings. */
  severity: Severity;
  run(disclosure: Disclosure): RuleOutcome;
}

export interface FindingInput {
  message: string;
  expected: string | null;
  actual: string | null;
  sources: (SourceRef | undefined | null)[];
  severity?: Severity;
}

/** Returned by a rule's check when it cannot find what it needs (why is Chinese). */
export interface Skip {
  skip: string;
}

export const skip = (why: string): Skip => ({ skip: why });

export type Emit = (finding: FindingInput) => void;

/**
 * Wraps a check function into a Rule. The check emits findings and returns a Skip when it
 * could not run; a thrown error becomes a skip naming the error, never a silent pass.
 */
export function defineRule(spec: {
  id: string;
  titleZh: string;
  severity: Severity;
  check: (disclosure: Disclosure, emit: Emit) => Skip | void;
}): Rule {
  return {
    id: spec.id,
    titleZh: spec.titleZh,
    severity: spec.severity,
    run(disclosure) {
      const findings: Finding[] = [];
      const emit: Emit = (input) =>
        findings.push({
          ruleId: spec.id,
          severity: input.severity ?? spec.severity,
          message: input.message,
          expected: input.expected,
          actual: input.actual,
          sources: dedupeSources(input.sources)
        });
      let result: Skip | void;
      let uncertain: ParsedTable[] = [];
      try {
        const run = uncertainAsked(() => spec.check(disclosure, emit));
        result = run.result;
        uncertain = run.tables;
      } catch (error) {
        return { ruleId: spec.id, status: 'skipped', why: `规则运行出错：${String(error)}`, findings: [] };
      }
      // A table the rule needed was misread: it says so rather than "not found".
      if (result && findings.length === 0 && uncertain.length > 0) {
        const names = uncertain.map((table) => `${table.familyTableId}《${table.titleAsPrinted}》`).join('、');
        return { ruleId: spec.id, status: 'skipped', why: `${names}未能可靠读取（${uncertain[0]!.quality!.note}），相关核对已跳过`, findings: [] };
      }
      if (result && findings.length === 0) return { ruleId: spec.id, status: 'skipped', why: result.skip, findings: [] };
      return { ruleId: spec.id, status: 'ran', findings };
    }
  };
}

function dedupeSources(sources: (SourceRef | undefined | null)[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const source of sources) {
    if (!source) continue;
    const key = `${source.file}:${source.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}
