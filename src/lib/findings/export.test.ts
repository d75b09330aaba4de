import { describe, expect, it } from 'vitest';
import type { FindingViewRow } from '../db/types';
import { findingsCsv } from './export';
import { groupFindings } from './group';

const base = { unit_id: '650121-9308c713', unit_name: '乌鲁木齐县人民政府办公室', city: '乌鲁木齐市', region: '乌鲁木齐县', year: 2023, doc_id: 'ee2c1eba6444' };
// Two real findings of seed 000 (findings.csv) and one hostile message.
const rows: FindingViewRow[] = [
  { ...base, rule_id: 'narrative-function', severity: 'info', message: '说明第 1092 行“一般公共预算社会保障和就业支出”为 39.80 万元，表5《一般公共预算支出情况表》 “208 社会保障和就业支出” 合计 为 39.79 万元（相差 0.01 万元，在各数分别四舍五入的误差之内）', expected: '39.79', actual: '39.80', source_lines: '000_96d04baec0ec31c5.txt:1092 000_96d04baec0ec31c5.txt:679' },
  { ...base, rule_id: 'narrative-duplicate', severity: 'warning', message: '“一般公共预算社会保障和就业支出”在说明第 1052 行与第 1092 行的金额 39.79 万元 与 39.80 万元不一致', expected: '39.79', actual: '39.80', source_lines: '000_96d04baec0ec31c5.txt:1052 000_96d04baec0ec31c5.txt:1092' },
  { ...base, rule_id: 'compared-year', severity: 'warning', message: '=HYPERLINK("http://x")', expected: '2022', actual: '-2023', source_lines: '000_96d04baec0ec31c5.txt:5' }
];

describe('findingsCsv', () => {
  const csv = findingsCsv(groupFindings(rows), [{ doc_id: 'ee2c1eba6444', doc_kind: '预算', doc_scope: '单位' } as never]);
  const lines = csv.slice(1).trimEnd().split('\r\n');

  it('starts with a BOM and a Chinese header, one line per entry', () => {
    expect(csv.startsWith('\uFEFF单位,年度,预算/决算,部门/单位,程度,规则,说明,应为,实为,归并原因,发现条数,涉及规则,位置,规则编号,文件编号\r\n')).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it('writes the grouped entry with its Chinese rule names, figures and every place', () => {
    const entry = lines.find((line) => line.includes('narrative-duplicate'))!;
    expect(entry).toContain('乌鲁木齐县人民政府办公室,2023,预算,单位,警告,说明中同一数量前后两次表述的金额或增减额应相同');
    expect(entry).toContain(',39.79,39.80,同一差额牵连多项核对,2,');
    expect(entry).toContain('000_96d04baec0ec31c5.txt:679 000_96d04baec0ec31c5.txt:1052 000_96d04baec0ec31c5.txt:1092');
  });

  it('never lets a cell run as a formula; a year stays a whole number', () => {
    const hostile = lines.find((line) => line.includes('HYPERLINK'))!;
    expect(hostile).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(hostile).toContain(',2022,');
    expect(hostile).not.toContain('2022.00');
  });
});
