import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractFile } from './index';
import { joinDocuments, lineSource } from './join';
import type { ExtractedDocument } from './types';

const NARRATIVE = '05_js_cppcc_office_2017_dept_budget_part1_narrative';
const TABLES = '05_js_cppcc_office_2017_dept_budget_part2_tables';

async function load(folder: 'pdf' | 'text', name: string): Promise<ExtractedDocument> {
  const file = `${name}.${folder === 'pdf' ? 'pdf' : 'txt'}`;
  const result = await extractFile(file, new Uint8Array(readFileSync(new URL(`../../../tests/corpus/${folder}/${file}`, import.meta.url))));
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

describe.each(['pdf', 'text'] as const)('joinDocuments on corpus 05 (%s)', (folder) => {
  test('pages and line numbers continue; each line keeps its file, page and line in that file', async () => {
    const narrative = await load(folder, NARRATIVE);
    const tables = await load(folder, TABLES);
    const joined = joinDocuments([narrative, tables]);
    expect(joined.pages.map((page) => page.number)).toEqual(Array.from({ length: 33 }, (_, index) => index + 1));
    expect(joined.lines).toHaveLength(narrative.lines.length + tables.lines.length);
    expect(joined.parts).toEqual([narrative.file, tables.file]);
    const numbers = joined.lines.map((line) => line.line);
    expect(numbers.every((number, index) => index === 0 || number > numbers[index - 1]!)).toBe(true);

    const lastNarrative = narrative.lines.at(-1)!;
    const firstTable = joined.lines[narrative.lines.length]!;
    expect(firstTable.page).toBe(21);
    expect(firstTable.line).toBe(lastNarrative.line + tables.lines[0]!.line);
    expect(firstTable.file).toBe(tables.file);

    // The 9,146.79 total of 表一 points into the tables file, at its own page and line.
    const total = joined.lines.find((line) => line.cells[0]?.text === '收入总计' && line.text.includes('9,146.79'))!;
    const original = tables.lines.find((line) => line.text === total.text)!;
    expect(lineSource(joined.file, total)).toEqual({ file: tables.file, page: original.page, line: original.line, text: total.text });
    expect(total.page).toBe(original.page + 20);
    // A narrative line points into the narrative file.
    const first = joined.lines[0]!;
    expect(lineSource(joined.file, first)).toEqual({ file: narrative.file, page: 1, line: narrative.lines[0]!.line, text: first.text });
  });
});

test('lineSource of a document that was not joined uses the document file', () => {
  expect(lineSource('a.pdf', { page: 2, line: 7, text: '合计 1.00', cells: [], positioned: true })).toEqual({ file: 'a.pdf', page: 2, line: 7, text: '合计 1.00' });
});

test('joining joined documents keeps the original files', async () => {
  const narrative = await load('text', NARRATIVE);
  const tables = await load('text', TABLES);
  const twice = joinDocuments([joinDocuments([narrative]), tables]);
  expect(twice.parts).toEqual([narrative.file, tables.file]);
  expect(twice.lines[0]!.file).toBe(narrative.file);
});
