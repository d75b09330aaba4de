import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../extract/text';
import { parseDisclosure } from '../../parse';
import { seedFile } from '../testing/seed-text';
import { rule } from './unknown-table';

/** An extra table a template does not have, inserted before the narrative of the real seed 000. */
const EXTRA = ['表 11', '部门政府采购预算明细表', '编制单位：乌鲁木齐县人民政府办公室 单位：万元', '品目 金额', '办公设备 0.87', '信息技术服务 0.60', ''].join('\n');

function parse(extra: boolean) {
  const path = seedFile('000');
  const text = readFileSync(path, 'utf8');
  const edited = extra ? text.replace('第三部分', `${EXTRA}\n\n\n\n第三部分`) : text;
  const extracted = extractText(path, new TextEncoder().encode(edited));
  if (!extracted.ok) throw new Error(extracted.error.message);
  return parseDisclosure(extracted.document, '000');
}

describe(rule.id, () => {
  it('stays quiet on the real seed', () => expect(rule.run(parse(false)).findings).toEqual([]));

  it('keeps a table the template does not know as unknown, with its figures, and says so', () => {
    const disclosure = parse(true);
    const unknown = disclosure.tables.filter((table) => table.id === 'unknown');
    expect(unknown.map((table) => [table.titleAsPrinted, table.unitOfMeasure, table.rows.map((row) => [row.name, row.unplaced])])).toEqual([
      ['部门政府采购预算明细表', '万元', [['办公设备', [870_000]], ['信息技术服务', [600_000]]]]
    ]);
    // The ten known tables are unchanged.
    expect(disclosure.tables.filter((table) => table.id !== 'unknown').map((table) => table.status)).toEqual([
      'present', 'present', 'present', 'present', 'present', 'present', 'present', 'present', 'declared_empty', 'present'
    ]);
    const findings = rule.run(disclosure).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('部门政府采购预算明细表');
  });
});
