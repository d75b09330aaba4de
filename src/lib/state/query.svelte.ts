/**
 * Re-runs a query whenever what it reads changes (filters, route params); a newer run wins over
 * an older one still in flight. Call during component initialisation.
 */
import type { Executor } from '../db/types';
import { dbState } from './db.svelte';

export interface QueryState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: string;
}

export function useQuery<T>(run: (db: Executor) => Promise<T>): QueryState<T> {
  const state = $state({ data: undefined as T | undefined, loading: true, error: '' });
  let generation = 0;
  $effect(() => {
    const db = dbState.db;
    if (!db) return;
    const mine = ++generation;
    state.loading = true;
    run(db).then(
      (data) => {
        if (mine !== generation) return;
        state.data = data;
        state.error = '';
        state.loading = false;
      },
      (error: unknown) => {
        if (mine !== generation) return;
        state.error = `查询失败：${error instanceof Error ? error.message : String(error)}`;
        state.loading = false;
      }
    );
  });
  return state;
}
