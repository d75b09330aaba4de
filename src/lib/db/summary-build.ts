/**
 * Node only: computes summary.json for a dataset folder by running the pages' own default-view
 * queries on DuckDB in Node (vite.config.ts calls this when it serves or builds the dataset).
 */
import { openNodeDb } from './node';
import { comparePage, overviewRanking, overviewTable } from './pages';
import { filterOptions, headline } from './queries';
import { recordingExecutor, type Summary } from './summary';
import { DEFAULT_FILTERS, type Row } from './types';

/** Beyond this many filter choices the first paint waits for DuckDB rather than ship a large file. */
const MAX_OPTION_ROWS = 5_000;

export async function buildSummary(datasetDir: string): Promise<Summary> {
  const db = await openNodeDb(datasetDir);
  try {
    const entries: Record<string, Row[]> = {};
    const options: Record<string, Row[]> = {};
    await filterOptions(recordingExecutor(db, options));
    if (Object.values(options).every((rows) => rows.length <= MAX_OPTION_ROWS)) Object.assign(entries, options);
    const recorder = recordingExecutor(db, entries);
    await overviewRanking(recorder, DEFAULT_FILTERS);
    await headline(recorder, DEFAULT_FILTERS);
    await overviewTable(recorder, DEFAULT_FILTERS);
    await comparePage(recorder, DEFAULT_FILTERS);
    return { version: 1, entries };
  } finally {
    db.close();
  }
}
