/**
 * Loading pdfjs-dist (5.5, legacy build: it runs in Node 20 and in browsers) and its assets.
 * CJK PDFs need the packed CMaps, and PDFs that use the 14 standard fonts need the font data, so
 * both folders must be reachable: in Node they default to the installed package's cmaps/ and
 * standard_fonts/; in the browser the app must serve them itself (never a CDN) and pass their
 * URLs in PdfOptions.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfJsModule = typeof PdfJs;

export interface PdfOptions {
  /** Folder holding pdfjs-dist's cmaps/*.bcmap, ending in "/": a file path in Node, a URL in the browser. */
  cMapUrl?: string;
  /** Folder holding pdfjs-dist's standard_fonts/, ending in "/". */
  standardFontDataUrl?: string;
  /**
   * Browser only: URL of pdfjs-dist/legacy/build/pdf.worker.mjs served by the app. Inside a Web
   * Worker one can instead import that module and set `globalThis.pdfjsWorker = module`, which
   * makes pdfjs parse in the same thread. Node needs neither (pdfjs falls back to the main thread).
   */
  workerSrc?: string;
}

let loaded: Promise<PdfJsModule> | null = null;

export function loadPdfJs(): Promise<PdfJsModule> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

interface NodeBuiltins {
  getBuiltinModule?: (name: string) => unknown;
}

/**
 * The asset folders of the installed pdfjs-dist when running in Node, found without a static
 * import of Node modules (this file is also bundled for the browser); null elsewhere.
 */
export function nodeAssetDefaults(): Required<Pick<PdfOptions, 'cMapUrl' | 'standardFontDataUrl'>> | null {
  const proc = (globalThis as { process?: NodeBuiltins }).process;
  if (typeof proc?.getBuiltinModule !== 'function') return null;
  const { createRequire } = proc.getBuiltinModule('module') as typeof import('node:module');
  const path = proc.getBuiltinModule('path') as typeof import('node:path');
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: path.join(root, 'cmaps') + path.sep, standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep };
  } catch {
    return null;
  }
}

export function resolveOptions(options: PdfOptions): PdfOptions {
  const defaults = options.cMapUrl && options.standardFontDataUrl ? null : nodeAssetDefaults();
  return {
    ...options,
    cMapUrl: options.cMapUrl ?? defaults?.cMapUrl,
    standardFontDataUrl: options.standardFontDataUrl ?? defaults?.standardFontDataUrl
  };
}
