/**
 * An import Web Worker: one document at a time through the same pipeline as the CLI
 * (src/lib/ingest.ts), so the main thread stays free however many files are dropped. pdfjs
 * parses in this worker's own thread (globalThis.pdfjsWorker), with the app's CMaps and fonts.
 */
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { DATASET_TABLES } from '../db/schema';
import { documentRows, ingestParts } from '../ingest';
import { datasetToIpcStream } from '../load/arrow';
import type { ImportReply, ImportRequest, ReadDocument } from './protocol';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { id, sha256, parts, cMapUrl, standardFontDataUrl } = event.data;
  let reply: ImportReply;
  try {
    const result = await ingestParts(parts, sha256, { cMapUrl, standardFontDataUrl });
    if (!result.ok) reply = { id, ...result };
    else {
      const rows = documentRows(result.document);
      if ('ok' in rows) reply = { id, ...rows };
      else {
        const arrows: ReadDocument['arrows'] = {};
        for (const name of DATASET_TABLES) if (rows.dataset[name].length > 0) arrows[name] = datasetToIpcStream(name, rows.dataset);
        reply = { id, ok: true, read: { rows, arrows } };
      }
    }
  } catch (error) {
    const label = parts.map((part) => part.name).join(' + ');
    reply = { id, ok: false, code: 'crash', message: `${label}：解析出错：${error instanceof Error ? error.message : String(error)}` };
  }
  // The Arrow bytes move to the page rather than being copied.
  self.postMessage(reply, { transfer: reply.ok ? Object.values(reply.read.arrows).map((bytes) => bytes.buffer as ArrayBuffer) : [] });
};
