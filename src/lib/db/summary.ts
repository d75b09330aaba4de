/**
 * The precomputed first paint: the answers of the default views' queries, keyed by view and
 * parameters, written next to the dataset as summary.json by the build (derived from the dataset
 * with the same SQL, never by hand). Until DuckDB is ready the pages read it through an Executor
 * that answers only what it holds; anything else waits for DuckDB.
 */
import { VIEWS, type ViewName } from './queries';
import type { Executor, Param, Row } from './types';

export interface Summary {
  version: 1;
  /** `${view} ${JSON.stringify(params)}` → rows */
  entries: Record<string, Row[]>;
}

const NAME_OF = new Map<string, ViewName>(Object.entries(VIEWS).map(([name, sql]) => [sql, name as ViewName]));

export function summaryKey(sql: string, params: readonly Param[]): string | null {
  const name = NAME_OF.get(sql);
  return name ? `${name} ${JSON.stringify(params)}` : null;
}

/** Thrown when the summary does not hold an answer: the caller waits for DuckDB. */
export class SummaryMiss extends Error {
  constructor(key: string | null) {
    super(`摘要中没有该查询：${key ?? '(未命名)'}`);
    this.name = 'SummaryMiss';
  }
}

/** Answers from the summary first (the same rows DuckDB would give), then from DuckDB when it is there. */
export function summaryExecutor(summary: Summary | null, db: Executor | null): Executor {
  return {
    async all(sql, params) {
      const key = summaryKey(sql, params);
      const rows = key === null ? undefined : summary?.entries[key];
      if (rows) return rows;
      if (db) return db.all(sql, params);
      throw new SummaryMiss(key);
    },
    async exec(sql) {
      if (!db) throw new SummaryMiss(null);
      await db.exec(sql);
    },
    // before DuckDB, a query answers from the summary (made from every row) or misses: nothing to load
    parts: db?.parts && ((need) => db.parts!(need))
  };
}

/** Wraps an executor and keeps every named view's answer (the build records the default views with it). */
export function recordingExecutor(db: Executor, into: Record<string, Row[]>): Executor {
  return {
    async all(sql, params) {
      const rows = await db.all(sql, params);
      const key = summaryKey(sql, params);
      if (key !== null) into[key] = rows;
      return rows;
    },
    exec: (sql) => db.exec(sql)
  };
}
