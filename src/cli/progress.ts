/**
 * Ingest's progress on stderr (reading documents, then writing the dataset's files): on a terminal
 * one line rewritten in place (done / total, rate, time left, failures so far); when piped (CI, a log) a line every few seconds instead, so a
 * log is neither silent nor flooded. Messages (a refused file) end the progress line first.
 */
export interface ProgressOptions {
  total: number;
  /** Rewrite one line (a terminal) or print a line every `intervalMs` (piped). */
  tty: boolean;
  quiet: boolean;
  write: (text: string) => void;
  now?: () => number;
  intervalMs?: number;
  /** What is counted: the reading's documents by default, the export's files. */
  what?: ProgressWhat;
}

export interface ProgressWhat {
  /** The line's tag: 进度 → "[进度] …". */
  tag: string;
  /** The counted thing with its measure word: "个文件". */
  unit: string;
}

export const READING: ProgressWhat = { tag: '进度', unit: '个文件' };
export const EXPORTING: ProgressWhat = { tag: '导出数据集', unit: '项' };

export interface Progress {
  /** One document finished (failed: it was refused). */
  step(failed: boolean): void;
  /** A message on its own line. */
  say(text: string): void;
  /** Ends the progress line. */
  end(): void;
}

export function progressLine(done: number, total: number, failed: number, elapsedMs: number, what: ProgressWhat = READING): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : null;
  return (
    `[${what.tag}] ${done}/${total} ${what.unit} · ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} ${what.unit.slice(0, 1)}/秒` +
    ` · 预计剩余 ${left === null ? '—' : formatSeconds(left)}` +
    (failed ? ` · 失败 ${failed}` : '')
  );
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} 秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} 分 ${Math.round(seconds % 60)} 秒`;
  return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分`;
}

export function startProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const interval = options.intervalMs ?? 5000;
  const started = now();
  let done = 0;
  let failed = 0;
  let open = false;
  let lastPrinted = started;
  const close = () => {
    if (open) options.write('\n');
    open = false;
  };
  return {
    step(isFailure) {
      done++;
      if (isFailure) failed++;
      if (options.quiet) return;
      const line = progressLine(done, options.total, failed, now() - started, options.what);
      if (options.tty) {
        options.write(`\r${line}\u001b[K`);
        open = true;
      } else if (now() - lastPrinted >= interval || done === options.total) {
        options.write(`${line}\n`);
        lastPrinted = now();
      }
    },
    say(text) {
      close();
      options.write(`${text}\n`);
    },
    end: close
  };
}
