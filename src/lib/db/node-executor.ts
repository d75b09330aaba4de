/** A Node DuckDB connection as the views' executor (the CSV dataset's, node.ts, and the lake's, src/cli/lake/db.ts). Node only. */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { Executor, Param, Row } from './types';

export interface NodeDb extends Executor {
  close(): void;
}

/** An executor over a Node DuckDB connection (also the lake's, src/cli/lake/db.ts). */
export function nodeExecutor(connection: DuckDBConnection, close: () => void): NodeDb {
  // One connection runs one statement at a time: queue calls made in parallel (Promise.all in the pages).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => {});
    return next;
  };
  return {
    all: (sql: string, params: readonly Param[]): Promise<Row[]> =>
      serial(async () => {
        const reader = await connection.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
        return reader.getRowObjectsJS().map(normaliseRow);
      }),
    exec: (sql: string): Promise<void> =>
      serial(async () => {
        await connection.run(sql);
      }),
    close
  };
}

/** BIGINT arrives as bigint; the views cast counts to INTEGER, this catches the rest. */
export function normaliseRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
}
