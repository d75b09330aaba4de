import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractPdf } from './pdf';
import { makePdf, type FixtureText } from './pdf/fixtures';

const TEXTS: FixtureText[] = [
  { text: 'Total', x: 72, y: 700 },
  { text: '1,234.56', x: 300, y: 700 },
  { text: 'Item', x: 72, y: 680 },
  { text: '12.50', x: 300, y: 680 },
  { text: '7', x: 290, y: 40 }
];
// x1 = x0 + Helvetica advance widths (AFM units / 1000 × 12 pt): Total 2223 → 26.68 pt.
const EXPECTED = [
  { page: 1, line: 1, text: 'Total 1,234.56', positioned: true, y: 142, size: 12, cells: [{ text: 'Total', x0: 72, x1: 98.68 }, { text: '1,234.56', x0: 300, x1: 346.7 }] },
  { page: 1, line: 2, text: 'Item 12.50', positioned: true, y: 162, size: 12, cells: [{ text: 'Item', x0: 72, x1: 95.34 }, { text: '12.50', x0: 300, x1: 330.02 }] },
  { page: 1, line: 3, text: '7', positioned: true, y: 802, size: 12, cells: [{ text: '7', x0: 290, x1: 296.67 }] }
];
const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/corpus/pdf/${name}`, import.meta.url)));

async function lines(bytes: Uint8Array) {
  const result = await extractPdf('fixture.pdf', bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

describe('extractPdf on hand-made PDFs', () => {
  test('text items become positioned lines with cells in points; a lone page number stays a line', async () => {
    const document = await lines(makePdf({ texts: TEXTS }));
    expect(document.format).toBe('pdf');
    expect(document.pages).toHaveLength(1);
    expect(document.lines).toEqual(EXPECTED);
  });

  test.each([90, 180, 270])('a page with /Rotate %i reads like the upright page', async (rotate) => {
    expect((await lines(makePdf({ texts: TEXTS, rotate }))).lines).toEqual(EXPECTED);
  });

  test('a landscape table drawn rotated on its page reads left to right', async () => {
    // The same content turned a quarter: each item starts at (842 − y, x) and runs up the page.
    const turned = TEXTS.map((item) => ({ ...item, angle: 90, x: 842 - item.y, y: item.x }));
    expect((await lines(makePdf({ texts: turned, size: [842, 595] }))).lines).toEqual(EXPECTED);
  });

  test('an owner password alone (restrictions only) does not stop reading', async () => {
    expect((await lines(makePdf({ texts: TEXTS, encrypt: { user: '', owner: 'owner' } }))).lines).toEqual(EXPECTED);
  });
});

describe('extractPdf refuses by name', () => {
  test.each([
    ['a scanned page (an image, no text)', makePdf({ image: true }), 'no-text-layer', '未找到文本层，暂不支持扫描件'],
    ['a PDF that needs a password', makePdf({ texts: TEXTS, encrypt: { user: 'secret', owner: 'owner' } }), 'encrypted', 'PDF 已加密'],
    ['a text file', new TextEncoder().encode('预算\n合计 1.00\n'), 'not-pdf', '不是 PDF 文件'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'not-pdf', '不是 PDF 文件'],
    ['an empty file', new Uint8Array(), 'empty', '文件为空'],
    ['random bytes after a %PDF header', withHeader(randomBytes(4000), ''), 'truncated-pdf', 'PDF 文件不完整或已损坏'],
    ['random bytes between a %PDF header and %%EOF', withHeader(randomBytes(4000), '\n%%EOF\n'), 'truncated-pdf', 'PDF 文件不完整或已损坏']
  ])('%s', async (_, bytes, code, message) => {
    const result = await extractPdf('坏文件.pdf', bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.file).toBe('坏文件.pdf');
    expect(result.error.message).toContain('坏文件.pdf：');
    expect(result.error.message).toContain(message);
  });

  test.each([
    ['cut at 60%', (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length * 0.6))],
    ['cut two bytes short', (bytes: Uint8Array) => bytes.subarray(0, bytes.length - 7)],
    ['the middle cut out, the end kept', (bytes: Uint8Array) => concat(bytes.subarray(0, bytes.length / 2), bytes.subarray(bytes.length - 1500))],
    ['the cross-reference table cut off, a %%EOF appended', (bytes: Uint8Array) => concat(bytes.subarray(0, bytes.length - 3000), new TextEncoder().encode('\n%%EOF\n'))]
  ])('a corpus PDF %s is refused as truncated, not half-read', async (_, cut) => {
    const result = await extractPdf('04.pdf', cut(corpus('04_js_procuratorate_2018_dept_budget.pdf')));
    expect(result.ok ? 'read' : result.error.code).toBe('truncated-pdf');
  });
});

function randomBytes(length: number): Uint8Array {
  let seed = 42;
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 255);
}

function withHeader(body: Uint8Array, tail: string): Uint8Array {
  return concat(new TextEncoder().encode('%PDF-1.7\n'), body, new TextEncoder().encode(tail));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
