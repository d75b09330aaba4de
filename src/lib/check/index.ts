/**
 * check: Disclosure → one RuleOutcome per rule (RULES.md). Every rule runs or says why it
 * was skipped; findings carry both figures and their sources.
 */
import type { Disclosure } from '../model/disclosure';
import type { RuleOutcome } from '../model/finding';
import { RULES } from './rules';

export { RULES } from './rules';
export type { Rule } from './rule';

export function runChecks(disclosure: Disclosure): RuleOutcome[] {
  return RULES.map((rule) => rule.run(disclosure));
}
