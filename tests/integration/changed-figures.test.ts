/**
 * A figure changed in a real document's table is never silently taken: it is caught by a rule
 * (the table's sums), or the cell is left blank with a parse finding naming its line, and never
 * read as 0. Each case changes one printed figure of corpus 04 (Jiangsu, pdftotext -layout) in
 * memory and compares the dataset with the unchanged document's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentRows, ingestInputs } from '../../src/cli/document';
import type { DocumentRows } from '../../src/lib/normalise/merge';

const FILE = join(import.meta.dirname, '../corpus/text/04_js_procuratorate_2018_dept_budget.txt');
const NAME = '04.txt';
const original = readFileSync(FILE, 'utf8');

async function rowsOf(text: string): Promise<DocumentRows> {
  const result = await ingestInputs([{ name: NAME, bytes: new TextEncoder().encode(text) }]);
  if (!result.ok) throw new Error(result.message);
  const rows = documentRows(result.document);
  if ('ok' in rows) throw new Error(rows.message);
  return rows;
}

/** The text with `before` replaced by `after` on the first line (1-based) holding `label` and `before`. */
function changed(label: string, before: string, after: string): { text: string; line: number } {
  const lines = original.split('\n');
  const index = lines.findIndex((line) => line.includes(label) && line.includes(before));
  if (index < 0) throw new Error(`no line with ${label} ${before}`);
  lines[index] = lines[index]!.replace(before, after);
  return { text: lines.join('\n'), line: index + 1 };
}

const findingKeys = (rows: DocumentRows) => new Set(rows.dataset.findings.map((f) => `${f.rule_id}|${f.severity}|${f.expected}|${f.actual}|${f.source_lines}`));

let base: DocumentRows;
beforeAll(async () => {
  base = await rowsOf(original);
});

describe('one figure changed in a table of corpus 04', () => {
  it.each([
    ['a digit in a 财政拨款基本支出 item', '职业年金缴费', '418.37', '418.57'],
    ['a dropped digit', '差旅费', '45.00', '4.00'],
    ['an added leading zero (no table prints one)', '职业年金缴费', '418.37', '018.37']
  ])('%s is named by a new finding', async (_, label, before, after) => {
    const { text } = changed(label, before, after);
    const rows = await rowsOf(text);
    const known = findingKeys(base);
    const fresh = rows.dataset.findings.filter((f) => !known.has(`${f.rule_id}|${f.severity}|${f.expected}|${f.actual}|${f.source_lines}`));
    expect(fresh.length).toBeGreaterThan(0);
  });

  it.each([
    ['28,849.l8-style OCR letter', '差旅费', '45.00', '45.0O'],
    ['a look-alike letter in front', '差旅费', '45.00', 'b5.00']
  ])('a cell with an %s is left blank with a parse finding on its line, never 0, never part of the name', async (_, label, before, after) => {
    const { text, line } = changed(label, before, after);
    const rows = await rowsOf(text);
    const unreadable = rows.dataset.findings.filter((f) => f.rule_id === 'parse:figure-unreadable');
    expect(unreadable.map((f) => f.source_lines)).toContain(`${NAME}:${line}`);
    expect(unreadable[0]!.message).toContain(after);
    const mine = rows.dataset.lines.filter((row) => row.source_line === `${NAME}:${line}`);
    for (const row of mine) {
      expect(row.amount).not.toBe(0);
      expect(row.name).not.toContain(after);
    }
  });
});
