/**
 * A pool of import Web Workers (one per core, at most four): each document gets a time limit;
 * a worker that passes it (pdfjs can spin on a damaged font) is terminated and replaced, and the
 * document is refused by name. Browser only.
 */
import type { ImportOutcome, ImportPart, ImportReply, ImportRequest } from './protocol';

export const IMPORT_TIMEOUT_SECONDS = 60;

interface Job {
  sha256: string;
  parts: ImportPart[];
  resolve: (outcome: ImportOutcome) => void;
}

interface Slot {
  worker: Worker | null;
  busy: boolean;
}

export interface ImportPool {
  run(sha256: string, parts: ImportPart[]): Promise<ImportOutcome>;
  close(): void;
}

export function createImportPool(assetBase: string, size = defaultSize()): ImportPool {
  const queue: Job[] = [];
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, busy: false }));
  let nextId = 1;
  const spawn = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.busy = true;
      const worker = (slot.worker ??= spawn());
      const id = nextId++;
      const label = job.parts.map((part) => part.name).join(' + ');
      const finish = (outcome: ImportOutcome) => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        slot.busy = false;
        job.resolve(outcome);
        pump();
      };
      const timer = setTimeout(() => {
        worker.terminate();
        slot.worker = null;
        finish({ ok: false, code: 'timeout', message: `${label}：解析超时（${IMPORT_TIMEOUT_SECONDS} 秒），已跳过` });
      }, IMPORT_TIMEOUT_SECONDS * 1000);
      const onMessage = (event: MessageEvent<ImportReply>) => {
        if (event.data.id !== id) return;
        const { id: _, ...outcome } = event.data;
        finish(outcome as ImportOutcome);
      };
      const onError = (event: ErrorEvent) => {
        worker.terminate();
        slot.worker = null;
        finish({ ok: false, code: 'crash', message: `${label}：解析进程出错（${event.message || '未知错误'}），已跳过` });
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      const request: ImportRequest = {
        id,
        sha256: job.sha256,
        parts: job.parts,
        cMapUrl: `${assetBase}/pdfjs/cmaps/`,
        standardFontDataUrl: `${assetBase}/pdfjs/standard_fonts/`
      };
      worker.postMessage(request);
    }
  };
  return {
    run(sha256, parts) {
      return new Promise((resolve) => {
        queue.push({ sha256, parts, resolve });
        pump();
      });
    },
    close() {
      for (const slot of slots) slot.worker?.terminate();
    }
  };
}

function defaultSize(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(4, cores));
}
