/**
 * PDF extraction against pdftotext -layout (poppler 22.12) on the development corpus
 * (tests/corpus, a copy of the shared corpus): same pages, same figures on every page, and the
 * key totals on lines with the same row label. Differences found while building this: none in
 * figures; pdftotext merges a few header cells of different baselines into one line (01 pp. 10,
 * 11, 19, 20) and breaks some narrative sentences into fragments (05 part 1, 06), which pdfjs
 * keeps whole.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { extractPdf } from '../pdf';
import { extractText } from '../text';
import type { ExtractedDocument, Line } from '../types';

const CORPUS = [
  { name: '01_sh_putuo_finance_bureau_2025_dept_budget', pages: 24, total: '31,214,205.80' },
  { name: '02_sh_putuo_justice_bureau_2026_dept_budget', pages: 23, total: '96,282,213.44' },
  { name: '03_sh_putuo_justice_bureau_2026_unit_budget', pages: 21, total: '86,959,408.34' },
  { name: '04_js_procuratorate_2018_dept_budget', pages: 31, total: '21,955.35' },
  { name: '05_js_cppcc_office_2017_dept_budget_part1_narrative', pages: 20, total: null },
  { name: '05_js_cppcc_office_2017_dept_budget_part2_tables', pages: 13, total: '9,146.79' },
  { name: '06_js_high_court_2017_dept_budget', pages: 27, total: '28,849.38' }
];

const read = (folder: string, file: string) => new Uint8Array(readFileSync(new URL(`../../../../tests/corpus/${folder}/${file}`, import.meta.url)));
const pdf = new Map<string, ExtractedDocument>();
const layout = new Map<string, ExtractedDocument>();

beforeAll(async () => {
  for (const { name } of CORPUS) {
    const fromPdf = await extractPdf(`${name}.pdf`, read('pdf', `${name}.pdf`));
    const fromText = extractText(`${name}.txt`, read('text', `${name}.txt`));
    if (!fromPdf.ok) throw new Error(fromPdf.error.message);
    if (!fromText.ok) throw new Error(fromText.error.message);
    pdf.set(name, fromPdf.document);
    layout.set(name, fromText.document);
  }
});

const FIGURE = /\d[\d,]*(?:\.\d+)?/g;
const figures = (lines: readonly Line[]) => lines.flatMap((line) => line.text.match(FIGURE) ?? []).sort();
const squeeze = (line: Line) => `${line.page}:${line.text.replace(/\s+/g, '')}`;

describe.each(CORPUS)('$name', ({ name, pages }) => {
  test('page count as in the README, equal to pdftotext, every line positioned in points', () => {
    const document = pdf.get(name)!;
    expect(document.pages.map((page) => page.number)).toEqual(Array.from({ length: pages }, (_, index) => index + 1));
    expect(layout.get(name)!.pages).toHaveLength(pages);
    expect(document.lines.map((line) => line.line)).toEqual(document.lines.map((_, index) => index + 1));
    for (const line of document.lines) {
      expect(line.positioned).toBe(true);
      for (const cell of line.cells) expect(cell.x1! >= cell.x0! && cell.x0! >= 0).toBe(true);
    }
  });

  test('every page carries the same figures as the pdftotext text', () => {
    const text = layout.get(name)!;
    for (const page of pdf.get(name)!.pages) {
      expect({ page: page.number, figures: figures(page.lines) }).toEqual({ page: page.number, figures: figures(text.pages[page.number - 1]!.lines) });
    }
  });
});

test.each(CORPUS.filter((entry) => entry.total !== null))('$name: the total $total sits on a 收入总计 row; every line carrying it matches pdftotext', ({ name, total }) => {
  const carrying = (document: ExtractedDocument) => document.lines.filter((line) => line.text.split(' ').includes(total!));
  const rows = carrying(pdf.get(name)!);
  expect(rows.some((line) => line.cells[0]!.text === '收入总计')).toBe(true);
  expect(rows.map(squeeze).sort()).toEqual(carrying(layout.get(name)!).map(squeeze).sort());
});

describe('positions and clean-up on real pages', () => {
  test('01 三公 row: 0.95 0.95 229.43 fall under 合计, 公务接待费 and 机关运行经费', () => {
    const page = pdf.get(CORPUS[0]!.name)!.pages[20]!;
    const headers = page.lines.flatMap((line) => line.cells).filter((cell) => /^(合计|因公出国\(境\)费|公务接待费|小计|购置费|运行费|机关运行经费预算)$/.test(cell.text));
    expect(headers).toHaveLength(7);
    const row = page.lines.find((line) => line.text === '0.95 0.95 229.43')!;
    const centre = (cell: { x0?: number; x1?: number }) => (cell.x0! + cell.x1!) / 2;
    const under = row.cells.map((cell) => headers.reduce((best, header) => (Math.abs(centre(header) - centre(cell)) < Math.abs(centre(best) - centre(cell)) ? header : best)).text);
    expect(under).toEqual(['合计', '公务接待费', '机关运行经费预算']);
    expect(row.cells.map((cell) => [cell.x0, cell.x1])).toEqual([[141.18, 165.18], [344.18, 368.18], [737.18, 773.18]]);
  });

  test('04 letter-spaced narrative is joined and "%" rejoins its number', () => {
    const texts = pdf.get(CORPUS[3]!.name)!.pages[22]!.lines.map((line) => line.text);
    expect(texts).toContain('江苏省人民检察院 2018 年度收入、支出预算总计');
    expect(texts).toContain('3,958.67 万元，增长 21.95%。增加原因，一是政策性');
    expect(texts.some((text) => /增长\s*21\.95\s+%/.test(text))).toBe(false);
  });

  test('02 keeps its blank page 3 as an empty page', () => {
    expect(pdf.get(CORPUS[1]!.name)!.pages[2]).toEqual({ number: 3, lines: [] });
    expect(layout.get(CORPUS[1]!.name)!.pages[2]!.lines).toEqual([]);
  });
});
