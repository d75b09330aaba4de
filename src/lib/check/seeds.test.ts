/**
 * Both real seeds through the whole parser: the exact findings they produce, then one printed
 * figure altered per case and the matching finding expected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../extract/text';
import type { Finding } from '../model/finding';
import { parseDisclosure } from '../parse';
import { runChecks } from '.';
import { seedFile } from './testing/seed-text';

type Seed = '000' | '001';

function check(seed: Seed, edit?: { line: number; from: string; to: string }): Finding[] {
  const path = seedFile(seed);
  const lines = readFileSync(path, 'utf8').split('\n');
  if (edit) {
    const original = lines[edit.line - 1] ?? '';
    if (!original.includes(edit.from)) throw new Error(`line ${edit.line} has no “${edit.from}”: ${original}`);
    lines[edit.line - 1] = original.replace(edit.from, edit.to);
  }
  const extracted = extractText(path, new TextEncoder().encode(lines.join('\n')));
  if (!extracted.ok) throw new Error(extracted.error.message);
  return runChecks(parseDisclosure(extracted.document, seed)).flatMap((o) => o.findings);
}

const key = (f: Finding) => `${f.ruleId} ${f.severity} ${f.expected ?? '—'} → ${f.actual ?? '—'}`;

describe('real seeds, parsed', () => {
  it('seed 000 (乌鲁木齐县人民政府办公室): exactly its real inconsistencies', () => {
    expect(check('000').map(key).sort()).toEqual(
      [
        // t6 303 对个人和家庭的补助 6.23 ≠ 5.66 + 0.58 = 6.24: within the rounding of two printed parts (info); so
        // is the row's 合计 6.23 ≠ 人员经费 6.24 (one printed cent: summed from rounded parts) and the narrative's 39.80.
        'economic-hierarchy info 6.24 → 6.23',
        'economic-table-total info 340.28 → 340.29',
        't6-row-personnel-public info 6.24 → 6.23',
        't6-personnel-classes info 326.39 → 326.40',
        'narrative-function info 39.79 → 39.80', // 社会保障和就业支出（类）39.80 万元 vs 表5 39.79
        'narrative-duplicate warning 39.79 → 39.80',
        'procurement-sme error ≤ 0.00 → 1.47', // 中小企业预留 0.00，其中小微企业 1.47
        'performance-vs-projects warning 33.00 → 30.00', // 绩效 财政拨款项目 30.00 vs 项目支出 33.00
        'performance-project-names info — → 电子政务工作经费',
        'performance-project-names info — → 文印耗材费',
        'unit-name-variants warning 乌鲁木齐县人民政府办公室 → 乌木齐县人民政府办公室',
        // 表7 prints each project's total; which economic column holds it cannot be read from text.
        'unplaced-figures warning — → 22.00、5.00、5.00、5.00、17.00、17.00、17.00'
      ].sort()
    );
  });

  it('seed 001 (乌尔禾区): the 绩效目标表 name only; 增长 13.64% (13.649…) stays quiet', () => {
    expect(check('001').map(key)).toEqual([
      'performance-project-names warning 区长准备专项经费 → 应急专项经费',
      'unplaced-figures warning — → 92.50、92.50、92.50、92.50、30.00、10.00、15.00、21.00、10.00、6.50'
    ]);
  });
});

describe('one altered figure → the matching finding', () => {
  it.each([
    ['001', { line: 190, from: '468.53 支', to: '468.63 支' }, 't1-balance', '468.63', '468.53'],
    ['001', { line: 398, from: '行政运行 295.61', to: '行政运行 295.71' }, 'row-basic-project', '295.61', '295.71'],
    ['001', { line: 755, from: '合计 47.35 47.35', to: '合计 47.45 47.45' }, 'sangong-total', '47.35', '47.45'],
    ['001', { line: 792, from: '占 100.00%', to: '占 99.00%' }, 'narrative-share', '100.00%', '99.00%'],
    ['001', { line: 1104, from: '增长 13.64%', to: '增长 13.66%' }, 'narrative-change-percent', '13.65%', '13.66%'],
    ['001', { line: 882, from: '388.11 万元', to: '388.21 万元' }, 'narrative-function', '388.11', '388.21'],
    ['001', { line: 115, from: '在职 11 人', to: '在职 12 人' }, 'staff-sum', '16', '15'],
    ['000', { line: 1302, from: '1.47 万元', to: '1.57 万元' }, 'procurement-parts', '1.47', '1.57']
  ] as const)('seed %s %j → %s', (seed, edit, ruleId, expected, actual) => {
    expect(check(seed, edit)).toContainEqual(expect.objectContaining({ ruleId, expected, actual }));
  });
});
