import { describe, expect, it } from 'vitest';
import type { BatchManifest, ManifestDoc } from './manifest';
import { shardOf } from './manifest';
import { planRun } from './plan';

const doc = (sha256: string): ManifestDoc => ({ sha256, doc_id: sha256.slice(0, 12), label: `${sha256}.txt`, files: [] });
const batch = (id: string, parser: string, ...shas: string[]): BatchManifest => ({ version: 1, parser, batch: id, docs: shas.map(doc), replaces: null });
const input = (sha256: string) => ({ sha256, label: `${sha256}.txt` });
// shas whose first 8 hex digits put them in shard 0 or 1 of 2
const [a, b, c] = ['00000000aa', '00000002bb', '00000004cc'];
const odd = '00000001dd';

describe('planRun', () => {
  it.each([
    ['a new file is read, the rest kept', [a, b, c], [batch('1', 'v1', a, b)], 'v1', null, { read: [c], unchanged: [a, b], shrink: [] }],
    ['a removed file shrinks its batch', [a], [batch('1', 'v1', a, b)], 'v1', null, { read: [], unchanged: [a], shrink: [{ batch: '1', keep: [a], drop: [b] }] }],
    ['a batch losing every file is dropped', [c], [batch('1', 'v1', a, b)], 'v1', null, { read: [c], unchanged: [], shrink: [{ batch: '1', keep: [], drop: [a, b] }] }],
    ['another parser version reads everything again', [a, b], [batch('1', 'v0', a, b)], 'v1', null, { read: [a, b], unchanged: [], shrink: [{ batch: '1', keep: [], drop: [a, b] }] }],
    ['a shard leaves the other shard’s documents alone', [a], [batch('1', 'v1', a, odd)], 'v1', { index: 0, count: 2 }, { read: [], unchanged: [a], shrink: [] }],
    ['a shard drops only its own removed documents', [], [batch('1', 'v1', a, odd)], 'v1', { index: 0, count: 2 }, { read: [], unchanged: [], shrink: [{ batch: '1', keep: [odd], drop: [a] }] }]
  ] as const)('%s', (_, given, live, parser, shard, expected) => {
    const plan = planRun(given.map(input), live, parser, shard);
    expect({
      read: plan.read.map((entry) => entry.sha256),
      unchanged: plan.unchanged.map((entry) => entry.sha256),
      shrink: plan.shrink.map((entry) => ({ batch: entry.batch.batch, keep: entry.keep.map((d) => d.sha256), drop: entry.drop.map((d) => d.sha256) }))
    }).toEqual(expected);
  });

  it('puts a document in the same shard on every machine (by content)', () => {
    expect([a, b, c, odd].map((sha) => shardOf(sha, 2))).toEqual([0, 0, 0, 1]);
  });
});
