import { describe, expect, it } from 'vitest';
import type { Partition, PartsIndex } from '../load/parts';
import { DATASET_TABLES } from './schema';
import { loadsUpFront, parsePartsIndex, partitionOfDoc, partitionsOf, partsLoader, partsLoadingText, type PartsTarget } from './parts-loader';
import type { Param } from './types';

/** A partition whose files are, byte for byte, what `files()` serves for them (their names), unless a size is given. */
function partition(key: string, docs: string[], region: string | null, bytes?: number): Partition {
  const size = (table: string) => new TextEncoder().encode(`part-${table}-${key}.arrows`).length;
  const sizes = bytes === undefined ? { lines: size('lines'), tables: size('tables'), summary_sources: size('summary_sources') } : { lines: bytes, tables: 0, summary_sources: 0 };
  return { key, province: '浙江省', city: '杭州市', region, docs, rows: { lines: 1, tables: 1, summary_sources: 1 }, bytes: sizes };
}
const west = partition('000000000000000a', ['d1', 'd2'], '西湖区');
const upper = partition('000000000000000b', ['d3'], '上城区');
const index: PartsIndex = { version: 1, partitions: [west, upper] };

/** A database that records what the loader does to it; `units` answers the unit and place queries. */
function fakeDb(docsOf: Record<string, string[]> = {}) {
  const calls: string[] = [];
  const target: PartsTarget = {
    async all(sql: string, params: readonly Param[]) {
      calls.push(`all ${sql.trim().split(/\s+/).slice(0, 3).join(' ')} ${JSON.stringify(params)}`);
      return (docsOf[String(params[0])] ?? []).map((doc_id) => ({ doc_id }));
    },
    async exec(sql: string) {
      calls.push(`exec ${sql}`);
    },
    async insertArrow(table: string, bytes: Uint8Array) {
      calls.push(`append ${table} ${new TextDecoder().decode(bytes)}`);
    },
    async createFromArrow(table: string, bytes: Uint8Array) {
      calls.push(`create ${table} ${new TextDecoder().decode(bytes)}`);
    }
  };
  return { target, calls };
}

function files(fail: Set<string> = new Set(), cut: Set<string> = new Set()) {
  const fetched: string[] = [];
  const fetchBytes = async (url: string) => {
    fetched.push(url);
    if (fail.has(url)) throw new Error(`无法读取数据文件 ${url}（HTTP 404）`);
    const bytes = new TextEncoder().encode(url.split('/').pop());
    return cut.has(url) ? bytes.subarray(0, 10) : bytes;
  };
  return { fetched, fetchBytes };
}

describe('partsLoader', () => {
  it('fetches a partition’s three files once, however many queries ask at once, and appends them', async () => {
    const { target, calls } = fakeDb({ u1: ['d2'] });
    const { fetched, fetchBytes } = files();
    const loader = partsLoader(index, target, '/data', fetchBytes);
    await Promise.all([loader.ensure({ docs: ['d1'] }), loader.ensure({ unit: 'u1' }), loader.ensure({ docs: ['d2', 'imported'] })]);
    expect(fetched).toEqual(['lines', 'tables', 'summary_sources'].map((t) => `/data/part-${t}-000000000000000a.arrows`));
    expect(calls.filter((c) => c.startsWith('append'))).toEqual(['lines', 'tables', 'summary_sources'].map((t) => `append ${t} part-${t}-000000000000000a.arrows`));
    await loader.ensure({ city: null, region: null }); // every partition: only the other one is new
    expect(fetched).toHaveLength(6);
  });

  it('asks the database for a place’s documents, and loads nothing for a place with none', async () => {
    const { target, calls } = fakeDb({ 杭州市: ['d3'] });
    const { fetched, fetchBytes } = files();
    const loader = partsLoader(index, target, '/data', fetchBytes);
    await loader.ensure({ city: '杭州市', region: null });
    expect(calls[0]).toBe('all SELECT DISTINCT doc_id ["杭州市",null]');
    expect(fetched.every((url) => url.includes('000000000000000b'))).toBe(true);
    await loader.ensure({ city: '宁波市', region: null });
    expect(fetched).toHaveLength(3);
  });

  it('says which file failed, and fetches it again for the next query', async () => {
    const { target } = fakeDb();
    const broken = '/data/part-tables-000000000000000a.arrows';
    const fail = new Set([broken]);
    const { fetched, fetchBytes } = files(fail);
    const loader = partsLoader(index, target, '/data', fetchBytes);
    await expect(loader.ensure({ docs: ['d1'] })).rejects.toThrow(`无法读取数据文件 ${broken}（HTTP 404）`);
    fail.clear();
    await loader.ensure({ docs: ['d1'] });
    expect(fetched.filter((url) => url === broken)).toHaveLength(2);
  });

  it('refuses a file whose size is not the index’s (cut short, or from another run) before appending anything, and fetches it again for the next query', async () => {
    const { target, calls } = fakeDb();
    const cutShort = '/data/part-summary_sources-000000000000000a.arrows';
    const cut = new Set([cutShort]);
    const { fetched, fetchBytes } = files(new Set(), cut);
    const loader = partsLoader(index, target, '/data', fetchBytes);
    await expect(loader.ensure({ docs: ['d1'] })).rejects.toThrow(`分区文件 ${cutShort} 与分区索引不符（索引记 ${west.bytes.summary_sources} 字节，读到 10 字节）`);
    expect(calls).toEqual([]);
    cut.clear();
    await loader.ensure({ docs: ['d1'] });
    expect(calls.filter((c) => c.startsWith('append'))).toHaveLength(3);
    expect(fetched.filter((url) => url === cutShort)).toHaveLength(2);
  });

  it('leaves released documents’ rows out, and skips a partition whose every document is released', async () => {
    const { target, calls } = fakeDb();
    const { fetched, fetchBytes } = files();
    const loader = partsLoader(index, target, '/data', fetchBytes);
    loader.release(['d1', 'd3']);
    await loader.ensure({ city: null, region: null });
    expect(fetched.every((url) => url.includes('000000000000000a'))).toBe(true);
    expect(calls.slice(0, 3)).toEqual([
      'create parts_staging_lines_000000000000000a part-lines-000000000000000a.arrows',
      'all INSERT INTO "lines" ["d1"]',
      'exec DROP TABLE "parts_staging_lines_000000000000000a"'
    ]);
    expect(calls.some((c) => c.startsWith('append'))).toBe(false);
  });

  it('reports the partitions being fetched while they are, and none after', async () => {
    const { target } = fakeDb();
    const { fetchBytes } = files();
    const seen: string[] = [];
    const loader = partsLoader(index, target, '/data', fetchBytes, (loading) => seen.push(partsLoadingText(loading)));
    await loader.ensure({ docs: ['d1'] });
    expect(seen).toEqual(['正在载入西湖区的明细（1 KB）…', '']);
  });
});

describe('the partition helpers', () => {
  it('names the place, or how many, and the size', () => {
    expect(partsLoadingText([])).toBe('');
    expect(partsLoadingText([partition('c', [], null, 3 << 20)])).toBe('正在载入杭州市的明细（3.0 MB）…');
    expect(partsLoadingText([partition('d', [], '西湖区', 1000), partition('e', [], '上城区', 1000)])).toBe('正在载入 2 个区县的明细（2 KB）…');
  });

  it('finds a document’s partition; an imported document has none', () => {
    expect(partitionsOf(partitionOfDoc(index), ['d3', 'd1', 'd2', 'x'])).toEqual([upper, west]);
  });

  it('refuses an index it cannot read, naming the file', () => {
    expect(parsePartsIndex(JSON.stringify(index), '/data/parts.json')).toEqual(index);
    expect(() => parsePartsIndex('<html>', '/data/parts.json')).toThrow('数据文件 /data/parts.json 不是可读的分区索引（不是 JSON）');
    expect(() => parsePartsIndex('{"version":2}', '/data/parts.json')).toThrow('数据文件 /data/parts.json 不是可读的分区索引（version 2）');
  });

  it('fetches the partitioned tables up front only for a dataset without an index', () => {
    expect(DATASET_TABLES.filter((table) => loadsUpFront(table, false))).toEqual(['units', 'tables', 'lines', 'unit_summary', 'findings', 'checks', 'summary_sources']);
    expect(DATASET_TABLES.filter((table) => loadsUpFront(table, true))).toEqual(['units', 'lines', 'unit_summary', 'findings', 'checks']);
  });
});
