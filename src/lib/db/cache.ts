/**
 * Answers already given, kept per executor: going back to a view (Back, a filter switched to and
 * fro, several parts of a page asking the same) shows it without asking DuckDB again. The data only
 * changes by an import or a removal, and that makes a new executor (state/db.svelte.ts), so a kept
 * answer is never stale. Identical questions in flight share one query; a failed one is not kept.
 * A partition loading later changes no kept answer: every query that reads partitioned rows asks
 * for its partitions (`parts`) before it runs (db/parts-loader.ts).
 */
import type { Executor, Row } from './types';

export function cachingExecutor(inner: Executor, capacity = 200): Executor {
  const answers = new Map<string, Promise<Row[]>>();
  return {
    all(sql, params) {
      const key = `${sql}\u0000${JSON.stringify(params)}`;
      let answer = answers.get(key);
      if (answer) {
        answers.delete(key); // most recently used last
      } else {
        answer = inner.all(sql, params);
        answer.catch(() => answers.get(key) === answer && answers.delete(key));
      }
      answers.set(key, answer);
      if (answers.size > capacity) answers.delete(answers.keys().next().value!);
      // a copy of the list: a caller that sorts its rows in place must not reorder the kept answer
      return answer.then((rows) => [...rows]);
    },
    exec: (sql) => inner.exec(sql),
    parts: inner.parts && ((need) => inner.parts!(need))
  };
}
