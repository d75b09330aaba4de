import { describe, expect, it } from 'vitest';
import { cachingExecutor } from './cache';
import type { Executor, Param, Row } from './types';

function counting(fail = false): Executor & { calls: number } {
  const db = {
    calls: 0,
    async all(sql: string, params: readonly Param[]): Promise<Row[]> {
      db.calls++;
      if (fail && db.calls === 1) throw new Error('not ready');
      return [{ sql, first: params[0] ?? null }];
    },
    async exec() {}
  };
  return db;
}

describe('cachingExecutor', () => {
  it('asks once per statement and parameters, also for questions in flight together', async () => {
    const inner = counting();
    const db = cachingExecutor(inner);
    const [a, b] = await Promise.all([db.all('q', [1]), db.all('q', [1])]);
    expect(a).toEqual([{ sql: 'q', first: 1 }]);
    expect(b).toEqual(a);
    await db.all('q', [2]);
    await db.all('q', [1]);
    expect(inner.calls).toBe(2);
  });

  it('hands out copies: sorting an answer in place leaves the kept one alone', async () => {
    const db = cachingExecutor({ all: async () => [{ n: 2 }, { n: 1 }], exec: async () => {} });
    (await db.all('q', [])).sort((x, y) => (x.n as number) - (y.n as number));
    expect(await db.all('q', [])).toEqual([{ n: 2 }, { n: 1 }]);
  });

  it('does not keep a failure, and forgets the least recently used beyond its capacity', async () => {
    const inner = counting(true);
    const db = cachingExecutor(inner, 2);
    await expect(db.all('q', [1])).rejects.toThrow('not ready');
    await db.all('q', [1]);
    await db.all('q', [2]);
    await db.all('q', [1]); // kept
    await db.all('q', [3]); // forgets [2]
    await db.all('q', [2]);
    expect(inner.calls).toBe(5);
  });
});
