/**
 * An ingest worker process (forked by pool.ts through worker-boot.mjs): takes one document at a
 * time, runs it through the whole pipeline (document.ts) and sends back its rows or a refusal;
 * or writes one file of the dataset export (lake/export-task.ts).
 * A document that throws is answered as a refusal here; one that hangs, exhausts memory or kills
 * the process is dealt with by the pool, which kills this worker and starts another.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { IngestInput } from './document';
import { EXPORT_ONLY_WORKER, type WorkerReply, type WorkerTask } from './pool';

const send = process.send?.bind(process);
if (!send) throw new Error('worker.ts runs only as a worker process (see pool.ts)');
const reply = (message: WorkerReply) => send(message);

process.on('message', (task: WorkerTask) => {
  void run(task).then(reply);
});
// Idle and the ingest is gone (finished or killed): end too.
process.on('disconnect', () => process.exit(0));
process.on('uncaughtException', (error) => {
  reply({ type: 'crash', message: error.message });
  process.exitCode = 70;
  setImmediate(() => process.exit(70));
});
watchParent();
// The parser is loaded before the worker says it is ready, so a document's time limit never
// includes loading it; a worker that only exports never loads it.
const pipeline = process.argv.includes(EXPORT_ONLY_WORKER) ? null : await loadPipeline();
reply({ type: 'ready' });

async function loadPipeline() {
  const [{ documentRows, ingestInputs }, { lakeDocument }] = await Promise.all([import('./document'), import('./lake/rows')]);
  return { documentRows, ingestInputs, lakeDocument };
}

async function run(task: WorkerTask): Promise<WorkerReply> {
  try {
    if (task.export) {
      const { runExportTask } = await import('./lake/export-task');
      return { type: 'result', id: task.id, ok: true, rows: await runExportTask(task.export) };
    }
    const { documentRows, ingestInputs, lakeDocument } = pipeline ?? (await loadPipeline());
    const inputs: IngestInput[] = task.inputs.map((input) => ({ name: input.name, bytes: input.bytes ?? readFileSync(input.path!) }));
    await testFault(inputs);
    const result = await ingestInputs(inputs);
    if (!result.ok) return { type: 'result', id: task.id, ok: false, code: result.code, message: result.message };
    const rows = documentRows(result.document);
    if ('ok' in rows) return { type: 'result', id: task.id, ok: false, code: rows.code, message: rows.message };
    return { type: 'result', id: task.id, ok: true, rows: task.output === 'lake' ? lakeDocument(rows.dataset) : rows };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { type: 'result', id: task.id, ok: false, code: 'crash', message: `${task.label}：${task.export ? '出错' : '解析出错'}：${why}` };
  }
}

/**
 * A worker busy with a document cannot notice that the ingest was killed (kill -9), and one
 * stuck in a loop would run on forever: a small thread watches the parent and ends this process
 * when it is gone.
 */
function watchParent(): void {
  const code = `
    const { workerData } = require('node:worker_threads');
    setInterval(() => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); }, 500);`;
  new Worker(code, { eval: true, workerData: process.ppid, resourceLimits: { maxOldGenerationSizeMb: 16 } }).unref();
}

/**
 * Tests only: with BUDGET_LENS_TEST_FAULTS containing `files`, a file whose first line is
 * `#budget-lens-test-fault: crash|throw|hang|oom|bloat|exit` makes this worker fail that way, so
 * the pool's handling of each failure can be tested deterministically. Never active otherwise.
 */
async function testFault(inputs: readonly IngestInput[]): Promise<void> {
  if (!(process.env.BUDGET_LENS_TEST_FAULTS ?? '').split(',').includes('files')) return;
  for (const input of inputs) {
    const head = new TextDecoder().decode(input.bytes.subarray(0, 64));
    const fault = /^#budget-lens-test-fault: (\w+)/.exec(head)?.[1];
    if (fault === 'throw') throw new Error('测试用的解析错误');
    if (fault === 'crash') {
      await new Promise(() => setImmediate(() => {
        throw new Error('测试用的进程崩溃');
      }));
    }
    if (fault === 'exit') process.exit(3);
    if (fault === 'hang') for (;;);
    if (fault === 'oom') {
      // The V8 heap limit: V8 aborts the process.
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
    }
    if (fault === 'bloat') {
      // Memory outside the V8 heap (as a PDF stream inflating into typed arrays): only the pool's watch stops it.
      const hoard: Buffer[] = [];
      for (;;) hoard.push(Buffer.alloc(32 << 20, 1));
    }
  }
}
