/** DuckDB start-up state shared by every page: progress while it starts, a Chinese error if it cannot. */
import { base } from '$app/paths';
import { startDatabase } from '../db/duckdb';
import type { Executor } from '../db/types';

export const dbState = $state({
  phase: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
  message: '',
  done: 0,
  total: 1,
  error: '',
  db: null as Executor | null
});

export function ensureDatabase(): Promise<Executor> {
  if (dbState.phase === 'idle') dbState.phase = 'loading';
  const started = startDatabase(`${base}/data`, (message, done, total) => {
    Object.assign(dbState, { message, done, total });
  });
  started.then(
    (db) => Object.assign(dbState, { phase: 'ready', db }),
    (error: unknown) => Object.assign(dbState, { phase: 'error', error: error instanceof Error ? error.message : String(error) })
  );
  return started;
}
