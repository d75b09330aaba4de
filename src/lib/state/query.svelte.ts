/**
 * Re-runs a query whenever what it reads changes (filters, route params, the executor); a newer
 * run wins over an older one still in flight. While only the summary is there, a query it cannot
 * answer stays loading and runs again when DuckDB is ready. An answer equal to the one shown is
 * not assigned again, so charts drawn from the summary are not redrawn when DuckDB takes over.
 * `afterPaint` shows an answer only after the next frame has painted, so a large part (the 总览 table)
 * does not hold back the frame that draws the charts. Call during component initialisation.
 */
import { SummaryMiss } from '../db/summary';
import type { Executor } from '../db/types';
import { dbState } from './db.svelte';

export interface QueryState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: string;
}

export function useQuery<T>(run: (db: Executor) => Promise<T>, options: { afterPaint?: boolean } = {}): QueryState<T> {
  let data = $state.raw<T | undefined>(undefined);
  let loading = $state(true);
  let error = $state('');
  let shown = '';
  let generation = 0;
  $effect(() => {
    const db = dbState.executor;
    if (!db) return;
    const mine = ++generation;
    loading = true;
    run(db).then(
      (result) => {
        const show = () => {
          if (mine !== generation) return;
          const text = JSON.stringify(result);
          if (text !== shown) [data, shown] = [result, text];
          error = '';
          loading = false;
        };
        if (options.afterPaint && typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(show, 0));
        else show();
      },
      (problem: unknown) => {
        if (mine !== generation || problem instanceof SummaryMiss) return;
        error = `查询失败：${problem instanceof Error ? problem.message : String(problem)}`;
        loading = false;
      }
    );
  });
  return {
    get data() { return data; },
    get loading() { return loading; },
    get error() { return error; }
  };
}
