import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../extract/text';
import { parseDisclosure } from '../../parse';
import { seedFile } from '../testing/seed-text';
import { rule as columns } from './t7-project-columns';
import { rule as sums } from './t7-projects-sum';

/** The real seed 001, whose 表7 prints a unit subtotal row and one economic figure per project. */
function parse(edit?: (text: string) => string) {
  const path = seedFile('001');
  const text = readFileSync(path, 'utf8');
  const extracted = extractText(path, new TextEncoder().encode(edit ? edit(text) : text));
  if (!extracted.ok) throw new Error(extracted.error.message);
  return parseDisclosure(extracted.document, '001');
}

const unitRow = (text: string) => text.replace('室（乌尔禾区信访局）\n92.50 92.50', '室（乌尔禾区信访局）\n92.51 92.50');

describe('项目支出表 on the real seed 001', () => {
  it('stays quiet as printed', () => {
    expect(columns.run(parse()).findings).toEqual([]);
    expect(sums.run(parse()).findings).toEqual([]);
  });

  it('a unit subtotal that no longer equals its projects fires both rules', () => {
    const disclosure = parse(unitRow);
    expect(sums.run(disclosure).findings.map((f) => [f.expected, f.actual])).toEqual([['92.50', '92.51']]);
    expect(columns.run(disclosure).findings.map((f) => [f.expected, f.actual])).toEqual([['92.50', '92.51']]);
  });
});
