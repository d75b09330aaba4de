/**
 * DuckDB start-up state shared by every page: progress while it starts, a Chinese error if it
 * cannot. DuckDB and the precomputed summary (the default views' answers) are fetched at module
 * load, in parallel; pages query `dbState.executor`, which answers from the summary until DuckDB is ready.
 */
import { base } from '$app/paths';
import { startDatabase } from '../db/duckdb';
import { summaryExecutor, type Summary } from '../db/summary';
import type { Executor } from '../db/types';

export const dbState = $state({
  phase: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
  message: '',
  done: 0,
  total: 1,
  error: '',
  db: null as Executor | null,
  /** Summary first, then DuckDB; null until either is there. */
  executor: null as Executor | null
});

let summary: Summary | null = null;
const refresh = () => {
  dbState.executor = summary || dbState.db ? summaryExecutor(summary, dbState.db) : null;
};

export function ensureDatabase(): Promise<Executor> {
  if (dbState.phase === 'idle') dbState.phase = 'loading';
  const started = startDatabase(`${base}/data`, (message, done, total) => {
    Object.assign(dbState, { message, done, total });
  });
  started.then(
    (db) => {
      Object.assign(dbState, { phase: 'ready', db });
      refresh();
    },
    (error: unknown) => Object.assign(dbState, { phase: 'error', error: error instanceof Error ? error.message : String(error) })
  );
  return started;
}

async function loadSummary(): Promise<void> {
  try {
    const response = await fetch(`${base}/data/summary.json`);
    if (!response.ok) return;
    const parsed = (await response.json()) as Summary;
    if (parsed?.version !== 1 || dbState.db) return;
    summary = parsed;
    refresh();
  } catch {
    /* no summary: the pages wait for DuckDB */
  }
}

if (typeof window !== 'undefined') {
  void loadSummary();
  ensureDatabase().catch(() => {});
}
