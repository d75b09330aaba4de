/**
 * Runs documents in separate worker processes so that one bad file never costs another
 * (DESIGN.md "Flow"): each document gets a time limit and a memory limit, and a worker that
 * crashed, hung or ran out of memory is killed and replaced by a fresh one.
 *
 * Why processes and not worker threads: a thread that reaches its V8 heap limit during a large
 * allocation aborts the whole process ("FATAL ERROR: Reached heap limit" — seen here with
 * corpus 09 at a 160–320 MB limit), and a thread's typed arrays (a PDF stream inflating to
 * gigabytes) are outside any per-thread limit and cannot be measured per thread. A process can
 * be limited (--max-old-space-size), measured (/proc/PID/status) and killed (SIGKILL) on its own.
 *
 * Memory limit of a document: its V8 heap (--max-old-space-size = maxMemoryMb; V8 aborts the
 * worker, which is reported as 内存超限) and the worker's resident memory, which may not exceed
 * maxMemoryMb + MEMORY_HEADROOM_MB (the loaded pipeline, CMaps and typed arrays). A worker
 * that still holds more than maxMemoryMb after a document is replaced, so that the next document
 * starts from a fresh worker rather than inherit its memory.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { statusBytes } from './proc';
import type { DocumentRows } from '../lib/normalise/merge';
import type { ExportCounts, ExportTask } from './lake/export-task';
import type { LakeDocument } from './lake/rows';

export interface TaskInput {
  /** The file's base name (what the dataset shows). */
  name: string;
  /** Read by the worker… */
  path?: string;
  /** …or given in memory (the fuzz harness). */
  bytes?: Uint8Array;
}

export interface Task {
  /** The file or files as the user named them, for messages. */
  label: string;
  /** What the worker sends back: the document's rows (default), or its rows as lake JSON lines (ingest: less for this process to receive and hold). */
  output?: 'rows' | 'lake';
  inputs: TaskInput[];
  /** Not a document but a file of the dataset export (lake/export-task.ts): its counts come back as the rows. */
  export?: ExportTask;
}

export type TaskOutcome<R = DocumentRows> = { ok: true; rows: R } | { ok: false; code: string; message: string };

export interface WorkerTask extends Task {
  id: number;
}

export type WorkerReply = { type: 'ready' } | { type: 'crash'; message: string } | ({ type: 'result'; id: number } & TaskOutcome<DocumentRows | LakeDocument | ExportCounts>);

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  maxMemoryMb: number;
  /** Tasks are export tasks only: the workers do not load the parser when they start. */
  exportOnly?: boolean;
}

/** The worker's argument that tells it not to load the parser (worker.ts). */
export const EXPORT_ONLY_WORKER = '--export-only';

export interface TaskStats {
  elapsedMs: number;
  /** Largest resident memory of the worker seen while it ran the document (0 where /proc is missing). */
  peakRssMb: number;
}

/**
 * Resident memory a worker may use beyond its heap limit: Node itself, the loaded pipeline, pdfjs
 * and its CMaps, the heap's own slack, typed arrays. Corpus 09 (the largest PDF) peaks at about
 * 730 MB with a 384 MB heap; a deflate bomb grows without bound until this stops it. With the
 * default 512 MB heap a worker is stopped at 896 MB (sampled every 25 ms: a deflate bomb inflating
 * at full speed overshoots by some tens of MB), so no document takes the ingest past 1 GB.
 */
export const MEMORY_HEADROOM_MB = 384;
const WATCH_INTERVAL_MS = 25;
const BOOT_TIMEOUT_MS = 120_000;
/** V8's stack in KB: about four times the default, within Linux's usual 8 MB main-thread stack. */
const STACK_KB = 3900;
/**
 * V8's own threads per worker (garbage collection, optimising compiler): one. With V8's default
 * (four) a single worker already kept both cores of a 2-core machine busy, and more workers only
 * fought over them; with one, a document costs less CPU in all (measured: 256 documents, --jobs 1,
 * 11.4–11.8 → 10.1–10.9 s reading).
 */
const V8_THREADS = 1;
const BOOT = fileURLToPath(new URL('./worker-boot.mjs', import.meta.url));

interface Running {
  index: number;
  id: number;
  task: Task;
  started: number;
  peakRss: number;
  timer: NodeJS.Timeout | null;
}

interface Slot {
  child: ChildProcess | null;
  ready: boolean;
  current: Running | null;
  bootTimer: NodeJS.Timeout | null;
  /** The worker's stderr since its current document started (the tail, to tell a V8 out-of-memory abort). */
  stderr: string;
}

/** R: DocumentRows, or LakeDocument for tasks with output 'lake'. */
export type ResultHandler<R = DocumentRows> = (index: number, outcome: TaskOutcome<R>, stats: TaskStats) => void;

/**
 * Runs every task once and reports each outcome (in completion order, with the task's position
 * in `tasks`) through onResult. Tasks are taken from the iterable only as workers become free, so
 * a generator can make them one by one. Rejects only when no worker can be started at all;
 * everything a document does is an outcome.
 */
export function runIsolated<R = DocumentRows>(tasks: Iterable<Task>, options: PoolOptions, onResult: ResultHandler<R>): Promise<void> {
  return new Promise((resolve, reject) => {
    const jobs = Math.max(1, options.jobs);
    const slots: Slot[] = Array.from({ length: jobs }, () => ({ child: null, ready: false, current: null, bootTimer: null, stderr: '' }));
    const source = tasks[Symbol.iterator]();
    let taken = 0;
    let exhausted = false;
    const next = (): { task: Task; index: number } | null => {
      if (exhausted) return null;
      let item: IteratorResult<Task>;
      try {
        item = source.next();
      } catch (error) {
        exhausted = true;
        fatal(error instanceof Error ? error : new Error(String(error)));
        return null;
      }
      if (item.done) {
        exhausted = true;
        return null;
      }
      return { task: item.value, index: taken++ };
    };
    const rssLimit = (options.maxMemoryMb + MEMORY_HEADROOM_MB) * 2 ** 20;
    const memoryMessage = (label: string, resident = false) =>
      resident
        ? `${label}：内存超限（占用超过 ${options.maxMemoryMb + MEMORY_HEADROOM_MB} MB），已跳过`
        : `${label}：内存超限（堆内存超过 ${options.maxMemoryMb} MB），已跳过`;
    let nextId = 1;
    let done = false;

    const watch = setInterval(() => {
      for (const slot of slots) {
        const running = slot.current;
        const pid = slot.child?.pid;
        if (!running || !slot.ready || pid === undefined) continue;
        const rss = statusBytes(pid, 'VmRSS');
        running.peakRss = Math.max(running.peakRss, rss);
        if (rss > rssLimit) finish(slot, { ok: false, code: 'memory', message: memoryMessage(running.task.label, true) });
      }
    }, WATCH_INTERVAL_MS);

    function spawn(slot: Slot): void {
      const child = fork(BOOT, options.exportOnly ? [EXPORT_ONLY_WORKER] : [], {
        execArgv: [`--max-old-space-size=${options.maxMemoryMb}`, `--stack-size=${STACK_KB}`, `--v8-pool-size=${V8_THREADS}`],
        serialization: 'advanced',
        // The worker's stdout goes to stderr: stdout belongs to the command (the fuzz report).
        stdio: ['ignore', 2, 'pipe', 'ipc']
      });
      slot.child = child;
      slot.ready = false;
      slot.stderr = '';
      slot.bootTimer = setTimeout(() => fatal(new Error(`解析进程在 ${BOOT_TIMEOUT_MS / 1000} 秒内未能启动`)), BOOT_TIMEOUT_MS);
      child.stderr!.setEncoding('utf8');
      child.stderr!.on('data', (chunk: string) => {
        if (slot.child === child) slot.stderr = (slot.stderr + chunk).slice(-16_384);
      });
      child.on('message', (reply: WorkerReply) => {
        if (slot.child !== child) return;
        if (reply.type === 'ready') {
          slot.ready = true;
          clearTimeout(slot.bootTimer!);
          if (slot.current) dispatch(slot);
        } else if (reply.type === 'crash') {
          if (slot.current) finish(slot, { ok: false, code: 'crash', message: `${slot.current.task.label}：解析出错：${reply.message}` });
        } else if (slot.current?.id === reply.id) {
          const { type: _type, id: _id, ...outcome } = reply;
          finish(slot, outcome as TaskOutcome<R>, false);
        }
      });
      child.on('error', (error) => {
        if (slot.child === child && !slot.ready) fatal(error);
      });
      child.on('exit', (code, signal) => {
        if (slot.child !== child) return;
        slot.child = null;
        if (!slot.ready) return fatal(new Error(`解析进程启动时退出（${exitText(code, signal)}）：${slot.stderr.trim().split('\n').slice(-3).join(' ')}`));
        slot.ready = false;
        const running = slot.current;
        if (!running) return;
        finish(
          slot,
          /heap out of memory|Reached heap limit/.test(slot.stderr)
            ? { ok: false, code: 'memory', message: memoryMessage(running.task.label) }
            : { ok: false, code: 'crash', message: `${running.task.label}：解析出错：解析进程意外退出（${exitText(code, signal)}）` }
        );
      });
    }

    function dispatch(slot: Slot): void {
      const running = slot.current!;
      running.started = Date.now();
      slot.stderr = '';
      running.timer = setTimeout(() => {
        const seconds = Math.round(options.timeoutMs / 100) / 10;
        finish(slot, { ok: false, code: 'timeout', message: `${running.task.label}：解析超时（${seconds} 秒），已跳过` });
      }, options.timeoutMs);
      const message: WorkerTask = { id: running.id, label: running.task.label, inputs: running.task.inputs, output: running.task.output, export: running.task.export };
      slot.child!.send(message);
    }

    /**
     * Ends the slot's document with an outcome. A worker that did not answer by itself (stop) is
     * killed and its stderr (a V8 abort's dump) dropped; one that answered keeps running, unless
     * it now holds more memory than a document may use, and its stderr is passed on.
     */
    function finish(slot: Slot, outcome: TaskOutcome<R>, stop = true): void {
      const running = slot.current;
      if (!running) return;
      if (running.timer) clearTimeout(running.timer);
      slot.current = null;
      const pid = slot.child?.pid;
      if (stop) kill(slot);
      else {
        if (slot.stderr.trim()) process.stderr.write(slot.stderr.endsWith('\n') ? slot.stderr : `${slot.stderr}\n`);
        if (pid !== undefined && statusBytes(pid, 'VmRSS') > options.maxMemoryMb * 2 ** 20) kill(slot);
      }
      slot.stderr = '';
      onResult(running.index, outcome, { elapsedMs: Date.now() - running.started, peakRssMb: Math.round(running.peakRss / 2 ** 20) });
      schedule();
    }

    function kill(slot: Slot): void {
      const child = slot.child;
      slot.child = null;
      slot.ready = false;
      if (slot.bootTimer) clearTimeout(slot.bootTimer);
      child?.kill('SIGKILL');
    }

    function schedule(): void {
      if (done) return;
      for (const slot of slots) {
        if (slot.current) continue;
        const entry = next();
        if (!entry) break;
        slot.current = { index: entry.index, id: nextId++, task: entry.task, started: Date.now(), peakRss: 0, timer: null };
        if (!slot.child) spawn(slot);
        else if (slot.ready) dispatch(slot);
      }
      if (exhausted && slots.every((slot) => slot.current === null)) {
        done = true;
        cleanup();
        resolve();
      }
    }

    function fatal(error: Error): void {
      if (done) return;
      done = true;
      cleanup();
      reject(error);
    }

    function cleanup(): void {
      clearInterval(watch);
      for (const slot of slots) {
        if (slot.current?.timer) clearTimeout(slot.current.timer);
        if (slot.bootTimer) clearTimeout(slot.bootTimer);
        const child = slot.child;
        slot.child = null;
        // An idle worker ends itself when the channel closes; one still busy is stopped.
        if (!child) continue;
        if (slot.current) child.kill('SIGKILL');
        else if (child.connected) child.disconnect();
      }
    }

    schedule();
  });
}

function exitText(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `信号 ${signal}` : `退出码 ${code}`;
}
