/**
 * The whole rule set on hand-made Disclosures carrying the seeds' figures and the seeds' real
 * text: exactly the seeds' real inconsistencies come out, nothing else; every rule either ran
 * or said why it was skipped.
 */
import { describe, expect, it } from 'vitest';
import { RULES, runChecks } from '.';
import { withText } from './testing/expect';

const key = (f: { ruleId: string; severity: string; expected: string | null; actual: string | null }) =>
  `${f.ruleId} ${f.severity} ${f.expected ?? '—'} → ${f.actual ?? '—'}`;

describe('rule catalogue', () => {
  it('has unique kebab-case ids, Chinese titles and a default severity', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RULES.length).toBeGreaterThan(50);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.titleZh).toMatch(/[\u4e00-\u9fff]/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
  });
});

describe('seed fixtures', () => {
  it('seed 000 (乌鲁木齐县人民政府办公室): exactly its real inconsistencies', () => {
    const outcomes = runChecks(withText('000'));
    for (const o of outcomes) if (o.status === 'skipped') expect(o.why).toMatch(/[\u4e00-\u9fff]/);
    expect(outcomes.flatMap((o) => o.findings).map(key).sort()).toEqual(
      [
        // 303 对个人和家庭的补助 6.23 ≠ 5.66 + 0.58: within the rounding of two printed parts, as are the
        // sums that carry it, the row's 合计 6.23 ≠ 人员经费 6.24 and the narrative's 39.80 (one printed cent: info).
        'economic-hierarchy info 6.24 → 6.23',
        'economic-table-total info 340.28 → 340.29',
        't6-row-personnel-public info 6.24 → 6.23',
        't6-personnel-classes info 326.39 → 326.40',
        'narrative-function info 39.79 → 39.80', // 社会保障和就业支出（类）39.80 万元
        'narrative-duplicate warning 39.79 → 39.80',
        'procurement-sme error ≤ 0.00 → 1.47', // 面向中小企业预留 0.00，其中小微企业 1.47
        'performance-vs-projects warning 33.00 → 30.00', // 财政拨款项目 4 个 30.00 万元
        'performance-project-names info — → 电子政务工作经费',
        'performance-project-names info — → 文印耗材费',
        'unit-name-variants warning 乌鲁木齐县人民政府办公室 → 乌木齐县人民政府办公室'
      ].sort()
    );
  });

  it('seed 001 (乌尔禾区): only the 绩效目标表 project name; 13.64% and “468.53 万/元。” stay quiet', () => {
    const findings = runChecks(withText('001')).flatMap((o) => o.findings);
    expect(findings.map(key)).toEqual(['performance-project-names warning 区长准备专项经费 → 应急专项经费']);
  });
});
