/**
 * Ingest's progress on stderr: on a terminal one line rewritten in place (documents done / total,
 * rate, time left, failures so far); when piped (CI, a log) a line every few seconds instead, so a
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
}

export interface Progress {
  /** One document finished (failed: it was refused). */
  step(failed: boolean): void;
  /** A message on its own line. */
  say(text: string): void;
  /** Ends the progress line. */
  end(): void;
}

export function progressLine(done: number, total: number, failed: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : null;
  return (
    `[进度] ${done}/${total} 个文件 · ${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} 个/秒` +
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
      const line = progressLine(done, options.total, failed, now() - started);
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
