/**
 * DuckDB start-up state shared by every page: progress while it starts, a Chinese error if it
 * cannot. DuckDB and the precomputed summary (the default views' answers) are fetched at module
 * load, in parallel; pages query `dbState.executor`, which answers from the summary until DuckDB is ready.
 */
import { base } from '$app/paths';
import { version } from '$app/environment';
import { startDatabase, type BrowserDb } from '../db/duckdb';
import type { Partition } from '../load/parts';
import { cachingExecutor } from '../db/cache';
import { summaryExecutor, type Summary } from '../db/summary';
import type { Executor } from '../db/types';
import { restoreImports, type Restored } from '../import/restore';
import { dataIsCustom } from '../import/settings';
import { importPool } from './import-pool';

export const dbState = $state({
  phase: 'idle' as 'idle' | 'loading' | 'ready' | 'error',
  message: '',
  done: 0,
  total: 1,
  error: '',
  db: null as BrowserDb | null,
  /** What start-up restored of the user's imports (null until then). */
  restored: null as Restored | null,
  /** Summary first, then DuckDB; null until either is there. */
  executor: null as Executor | null,
  /** The 区县 whose rows are being fetched for a page (a partitioned dataset: db/parts-loader.ts). */
  partsLoading: [] as readonly Partition[]
});

let summary: Summary | null = null;
const refresh = () => {
  // a new executor, so a new cache of answers: after DuckDB arrives or the data changes nothing old is shown
  dbState.executor = summary || dbState.db ? cachingExecutor(summaryExecutor(summary, dbState.db)) : null;
};

/** After an import or a removal: every page queries again (a new executor object re-runs their effects). */
export function dataChanged(): void {
  summary = null; // made from the sample dataset alone
  refresh();
}

export function ensureDatabase(): Promise<BrowserDb> {
  if (dbState.phase === 'idle') dbState.phase = 'loading';
  const started = startDatabase(`${base}/data`, (message, done, total) => {
    Object.assign(dbState, { message, done, total });
  }, (loading) => (dbState.partsLoading = loading)).then(async (db) => {
    // The user's stored documents join before any page reads DuckDB.
    try {
      const restored = await restoreImports(db, importPool, version, (message) => Object.assign(dbState, { message }));
      Object.assign(dbState, { restored });
    } catch (error) {
      // Without browser storage (a private window may refuse it) the app still shows its own dataset.
      const problem = `未能载入已导入的文件：${error instanceof Error ? error.message : String(error)}`;
      Object.assign(dbState, { restored: { problems: [problem], sampleIds: new Set<string>() } });
    }
    return db;
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
    // The summary describes the sample dataset alone: not what the pages show once the user imported or hid it.
    if (parsed?.version !== 1 || dbState.db || dataIsCustom()) return;
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
