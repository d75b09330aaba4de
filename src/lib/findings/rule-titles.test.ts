import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../check';
import { CHECK_RULE_TITLES, PARSE_NOTE_TITLES, ruleTitle, severityZh } from './rule-titles';

/** Every `code: '…'` an Issue of the parser carries (the `parse:<code>` rule ids of findings.csv). */
function parseIssueCodes(dir: string): string[] {
  const codes: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) codes.push(...parseIssueCodes(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
      for (const match of readFileSync(path, 'utf8').matchAll(/code: '([a-z]+(?:-[a-z]+)*)'/g)) codes.push(match[1]!);
    }
  }
  return codes;
}

describe('rule titles for the pages', () => {
  it('name every registered check rule with its own titleZh, and nothing else', () => {
    expect(Object.fromEntries(RULES.map((rule) => [rule.id, rule.titleZh]))).toEqual(CHECK_RULE_TITLES);
  });

  it('name every issue code the parser emits', () => {
    const codes = [...new Set(parseIssueCodes(join(import.meta.dirname, '..', 'parse')))].sort();
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((code) => !(code in PARSE_NOTE_TITLES))).toEqual([]);
  });

  it.each([
    ['t6-row-personnel-public', '基本支出表每行：合计 = 人员经费 + 公用经费'],
    ['table-uncertain', CHECK_RULE_TITLES['table-uncertain']!],
    ['parse:column-ambiguous', '表中数字无法确定所属列'],
    ['parse:something-new', '读取说明（something-new）'],
    ['no-such-rule', 'no-such-rule']
  ])('%s → %s', (id, title) => expect(ruleTitle(id)).toBe(title));

  it('severities in Chinese', () => {
    expect(['error', 'warning', 'info', 'x'].map(severityZh)).toEqual(['错误', '警告', '提示', 'x']);
  });
});
