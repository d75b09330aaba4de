import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { extractFile } from './index';
import { makePdf } from './pdf/fixtures';

const seed = new Uint8Array(readFileSync(new URL('../../../seeds/000_96d04baec0ec31c5.txt', import.meta.url)));
const layout = new Uint8Array(readFileSync(new URL('../../../tests/corpus/text/04_js_procuratorate_2018_dept_budget.txt', import.meta.url)));
const pdf = makePdf({ texts: [{ text: '1.00', x: 72, y: 700 }] });

test.each([
  ['a PDF named .txt is read as a PDF', 'disguised.txt', pdf, 'pdf'],
  ['a PDF named .pdf', 'real.pdf', pdf, 'pdf'],
  ['seed text', 'seed.txt', seed, 'seed-text'],
  ['pdftotext -layout text named .pdf is read as text', 'layout.pdf', layout, 'layout-text']
])('%s', async (_, file, bytes, format) => {
  const result = await extractFile(file, bytes);
  expect(result.ok ? result.document.format : result.error.code).toBe(format);
});

test('refusals pass through with the file name', async () => {
  const result = await extractFile('scan.pdf', makePdf({ image: true }));
  expect(result).toEqual({ ok: false, error: { file: 'scan.pdf', code: 'no-text-layer', message: 'scan.pdf：未找到文本层，暂不支持扫描件（PDF 共 1 页，没有一页带文字）' } });
});

test('a line longer than any disclosure prints is refused with its file and line, never read', async () => {
  const text = new TextEncoder().encode(`2023年部门预算\n收支预算总表\n${'1'.repeat(160_000)}\n`);
  const result = await extractFile('long.txt', text);
  expect(result).toEqual({
    ok: false,
    error: { file: 'long.txt', line: 3, code: 'line-too-long', message: '这一行过长（160000 个字符，上限 20000），文件可能已损坏，未读取' }
  });
});
