/**
 * PDF → pages of positioned lines (pdfjs-dist text items; see pdf/items.ts and pdf/lines.ts).
 * A PDF is read whole or refused by name, never half-read: no header → 'not-pdf', damaged or cut
 * short → 'truncated-pdf', password needed → 'encrypted', no text at all → 'no-text-layer', more
 * pages or glyphs than any disclosure has → 'too-many-pages' / 'too-many-glyphs' (limits.ts).
 * A PDF with only an owner password (printing/copying restrictions) opens without one and is read.
 * Lone page-number lines ("23") are kept as lines; the parsers recognise and skip them.
 */
import { EXTRACT_LIMITS } from './limits';
import { glyphRuns, type RawItem } from './pdf/items';
import { pageLines } from './pdf/lines';
import { loadPdfJs, resolveOptions, type PdfJsModule, type PdfOptions } from './pdf/load';
import type { ExtractError, ExtractResult, Line, Page } from './types';

export type { PdfOptions } from './pdf/load';

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARK = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

/** The PDF header may follow a little junk (the spec allows it within the first 1024 bytes). */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return indexOf(bytes.subarray(0, 1024), HEADER) >= 0;
}

export async function extractPdf(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<ExtractResult> {
  if (bytes.length === 0) return refuse(file, 'empty', `${file}：文件为空，没有可读取的内容`);
  if (!hasPdfHeader(bytes)) return refuse(file, 'not-pdf', `${file}：不是 PDF 文件（文件开头没有 %PDF- 标记），无法读取`);
  // Every complete PDF ends with %%EOF (readers allow junk after it); a download cut short does not.
  if (indexOf(bytes.subarray(Math.max(0, bytes.length - 2048)), EOF_MARK) < 0) return truncated(file, '缺少文件结尾标记 %%EOF');
  const pdfjs = await loadPdfJs();
  const { cMapUrl, standardFontDataUrl, workerSrc } = resolveOptions(options);
  if (workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy, and never a Buffer: pdfjs refuses Buffers and may detach what it gets
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    return openError(file, error);
  }
  try {
    return await readDocument(file, doc, pdfjs);
  } catch (error) {
    return truncated(file, describe(error));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<PdfJsModule['getDocument']>['promise']>;

async function readDocument(file: string, doc: PdfDocument, pdfjs: PdfJsModule): Promise<ExtractResult> {
  if (doc.numPages > EXTRACT_LIMITS.pages) {
    return refuse(file, 'too-many-pages', `${file}：页数过多（${doc.numPages} 页，上限 ${EXTRACT_LIMITS.pages} 页），未读取`);
  }
  const pages: Page[] = [];
  let lineNumber = 0;
  let glyphs = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    let page;
    let items: RawItem[];
    try {
      page = await doc.getPage(number);
      const content = await page.getTextContent();
      items = content.items.filter((item): item is RawItem & typeof item => 'str' in item);
    } catch (error) {
      return truncated(file, `第 ${number} 页无法读取：${describe(error)}`);
    }
    glyphs += items.length;
    if (items.length > EXTRACT_LIMITS.glyphsPerPage || glyphs > EXTRACT_LIMITS.glyphs) {
      return refuse(file, 'too-many-glyphs', `${file}：文字过多（到第 ${number} 页已超过 ${EXTRACT_LIMITS.glyphs} 个文字块），文件可能已损坏，未读取`);
    }
    const viewport = page.getViewport({ scale: 1 });
    const lines: Line[] = pageLines(glyphRuns(items, viewport.transform, viewport.width, viewport.height)).map((line) => ({
      page: number,
      line: ++lineNumber,
      text: line.cells.map((cell) => cell.text).join(' '),
      cells: line.cells,
      positioned: true,
      y: line.y,
      size: line.size
    }));
    pages.push({ number, lines });
    page.cleanup();
  }
  const lines = pages.flatMap((page) => page.lines);
  if (lines.length === 0) return refuse(file, 'no-text-layer', `${file}：未找到文本层，暂不支持扫描件（PDF 共 ${doc.numPages} 页，没有一页带文字）`);
  const imageOnlyPages = await imagePages(doc, pdfjs, pages.filter((page) => page.lines.length === 0).map((page) => page.number));
  if (imageOnlyPages.length * 2 >= pages.length) {
    return refuse(file, 'no-text-layer', `${file}：未找到文本层，暂不支持扫描件（第 ${imageOnlyPages.join('、')} 页只有图片）`);
  }
  return {
    ok: true,
    document: { file, format: 'pdf', encoding: 'pdf', pages, lines, ...(imageOnlyPages.length > 0 ? { imageOnlyPages } : {}) }
  };
}

/** Text-less pages that paint an image (scanned pages), as opposed to blank pages. */
async function imagePages(doc: PdfDocument, pdfjs: PdfJsModule, numbers: number[]): Promise<number[]> {
  const { OPS } = pdfjs;
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject]);
  const out: number[] = [];
  for (const number of numbers) {
    const page = await doc.getPage(number);
    const operators = await page.getOperatorList();
    if (operators.fnArray.some((op) => imageOps.has(op))) out.push(number);
    page.cleanup();
  }
  return out;
}

function openError(file: string, error: unknown): ExtractResult {
  // pdfjs does not export PasswordException; its name is stable.
  if ((error as { name?: string } | null)?.name === 'PasswordException') {
    return refuse(file, 'encrypted', `${file}：PDF 已加密，需要密码才能打开；请提供未加密的文件`);
  }
  return truncated(file, describe(error));
}

function truncated(file: string, why: string): ExtractResult {
  return refuse(file, 'truncated-pdf', `${file}：PDF 文件不完整或已损坏，无法读取（${why}）；请重新下载原文件`);
}

function refuse(file: string, code: ExtractError['code'], message: string): ExtractResult {
  return { ok: false, error: { file, code, message } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer;
    return start;
  }
  return -1;
}
