/**
 * An import Web Worker: one document at a time through the same pipeline as the CLI
 * (src/lib/ingest.ts), so the main thread stays free however many files are dropped. pdfjs
 * parses in this worker's own thread (globalThis.pdfjsWorker), with the app's CMaps and fonts.
 */
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { documentRows, ingestParts } from '../ingest';
import type { ImportReply, ImportRequest } from './protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, sha256, parts, cMapUrl, standardFontDataUrl } = event.data;
  let reply: ImportReply;
  try {
    const result = await ingestParts(parts, sha256, { cMapUrl, standardFontDataUrl });
    if (!result.ok) reply = { id, ...result };
    else {
      const rows = documentRows(result.document);
      reply = 'ok' in rows ? { id, ...rows } : { id, ok: true, rows };
    }
  } catch (error) {
    const label = parts.map((part) => part.name).join(' + ');
    reply = { id, ok: false, code: 'crash', message: `${label}：解析出错：${error instanceof Error ? error.message : String(error)}` };
  }
  self.postMessage(reply);
};
