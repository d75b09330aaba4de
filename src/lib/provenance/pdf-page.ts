/**
 * A PDF original in the browser: the page a line is on and where (extract's own reading of the
 * file, so line numbers are the dataset's), and the page drawn on a canvas by pdfjs with the app's
 * own worker, CMaps and fonts. Browser only.
 */
import workerSrc from 'pdfjs-dist/legacy/build/pdf.worker.mjs?url';
import { extractFile } from '../extract';
import { loadPdfJs } from '../extract/pdf/load';
import type { Box } from './explain';

export interface PdfLine {
  page: number;
  text: string;
  /** The line's extent (x of its cells, baseline ± font size), when positioned. */
  box: Box | null;
}

const options = (base: string) => ({ cMapUrl: `${base}/pdfjs/cmaps/`, standardFontDataUrl: `${base}/pdfjs/standard_fonts/`, workerSrc });

/** Line `line` of the file as the dataset numbers it (for a joined document: the part's own numbering). */
export async function pdfLine(base: string, file: string, bytes: Uint8Array, line: number): Promise<PdfLine | null> {
  const result = await extractFile(file, bytes, options(base));
  if (!result.ok) return null;
  const found = result.document.lines.find((candidate) => (candidate.fileLine ?? candidate.line) === line);
  if (!found) return null;
  const xs = found.cells.flatMap((cell) => (cell.x0 !== undefined && cell.x1 !== undefined ? [cell.x0, cell.x1] : []));
  const size = found.size ?? 10;
  const box: Box | null = xs.length > 0 && found.y !== undefined ? [Math.min(...xs), found.y - size, Math.max(...xs), found.y + size * 0.3] : null;
  return { page: found.filePage ?? found.page, text: found.text, box };
}

/** Draws page `number` at `scale` (CSS pixels per point) on the canvas; returns the page's size in points. */
export async function renderPage(base: string, bytes: Uint8Array, number: number, canvas: HTMLCanvasElement, scale: number): Promise<{ width: number; height: number; pages: number }> {
  const pdfjs = await loadPdfJs();
  const { cMapUrl, standardFontDataUrl } = options(base);
  pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl, cMapPacked: true, standardFontDataUrl, isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(Math.min(Math.max(1, number), doc.numPages));
    const unit = page.getViewport({ scale: 1 });
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    canvas.style.width = `${Math.round(unit.width * scale)}px`;
    canvas.style.height = `${Math.round(unit.height * scale)}px`;
    await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
    return { width: unit.width, height: unit.height, pages: doc.numPages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
