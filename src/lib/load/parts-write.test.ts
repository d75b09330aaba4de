/**
 * The browser files of a partitioned dataset: lines.arrows (core) and the partition files together
 * hold every row once, the index names every document once, and the same rows give the same bytes
 * — on synthetic datasets, a hand-made one without 区县, and the seed dataset as ingest wrote it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../cli/synth';
import { datasetDir } from '../db/dataset-dir';
import type { Dataset, LineRow, UnitRow } from '../normalise/rows';
import { datasetToIpcStream } from './arrow';
import { fnv1a64, isCoreLine, partFileName, partitionKey, PARTITIONED_TABLES, PARTS_INDEX, WHOLE_TABLES, type PartitionedTable, type PartsIndex } from './parts';
import { browserFiles, partitionFiles } from './parts-write';

/** Rows of an Arrow stream as sorted JSON texts (a multiset: a row held twice shows twice). */
function rowsOf(...streams: Uint8Array[]): string[] {
  return streams.flatMap((bytes) => tableFromIPC(bytes).toArray().map((row) => JSON.stringify(row.toJSON(), (_, v) => (typeof v === 'bigint' ? Number(v) : v)))).sort();
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

function unit(docId: string, place: Pick<UnitRow, 'province' | 'city' | 'region'>): UnitRow {
  return { unit_id: `u-${docId}`, unit_name: `单位${docId}`, name_variants: '', ...place, year: 2023, doc_kind: '预算', doc_scope: '单位', published_on: null,
    source_file: `${docId}.txt`, source_sha256: 'x', parse_warnings: '', doc_id: docId };
}

function line(docId: string, patch: Partial<LineRow>): LineRow {
  return { unit_id: `u-${docId}`, year: 2023, basis: 'stated', table: 't3', classification: 'function', code: '201', name: '一般公共服务支出', level: 1, measure: 'total',
    amount: 1_000_000, source_line: `${docId}.txt:1`, doc_id: docId, page: null, box: null, certain: true, ...patch };
}

/** Two documents of one county without 区 (region null), one of a 区: a core 类 total, a 款, a 三公 row and a project each. */
function handMade(): Dataset {
  const places = { a: { province: '浙江省', city: '杭州市', region: null }, b: { province: '浙江省', city: '杭州市', region: null }, c: { province: '浙江省', city: '杭州市', region: '西湖区' } };
  const docs = Object.keys(places) as (keyof typeof places)[];
  return {
    units: docs.map((id) => unit(id, places[id])),
    lines: docs.flatMap((id) => [
      line(id, {}),
      line(id, { code: '20101', level: 2 }),
      line(id, { table: 't9', classification: 'sangong', code: 'sangong_total', level: 1 }),
      line(id, { table: 'appropriation_expenditure', code: '208', level: 1 }),
      line(id, { table: 't3', level: 1, measure: 'basic' }),
      line(id, { table: 'projects', classification: 'project', code: '201', level: 4, name: '项目' })
    ]),
    tables: docs.map((id) => ({ unit_id: `u-${id}`, year: 2023, doc_id: id, table: 't1', title_as_printed: '收支总体情况表', unit_of_measure: '万元', page: 1,
      first_line: 1, last_line: 9, status: 'present', quality: id === 'c' ? 'uncertain' : 'reconciled', quality_note: null })),
    summary_sources: [],
    unit_summary: [],
    findings: [],
    checks: []
  };
}

function indexOf(files: Map<string, Uint8Array>): PartsIndex {
  return JSON.parse(new TextDecoder().decode(files.get(PARTS_INDEX)!)) as PartsIndex;
}

const cases: { name: string; dataset: Dataset; partitions: number }[] = [
  { name: 'hand-made, one 区县 without 区', dataset: handMade(), partitions: 2 },
  { name: 'synthetic, 300 unit-years', dataset: synthDataset(300), partitions: 12 }
];

describe.each(cases)('browserFiles: $name', ({ dataset, partitions }) => {
  const files = browserFiles(dataset);
  const index = indexOf(files);
  const parts = (table: PartitionedTable) => index.partitions.map((p) => files.get(partFileName(table, p.key))!);

  it('holds every line once: the core ones in lines.arrows, the others in their partition', () => {
    expect(index.partitions).toHaveLength(partitions);
    expect(rowsOf(files.get('lines.arrows')!, ...parts('lines'))).toEqual(rowsOf(datasetToIpcStream('lines', dataset)));
    const core = dataset.lines.filter(isCoreLine);
    expect(core.length).toBeGreaterThan(0);
    expect(core.length).toBeLessThan(dataset.lines.length);
    expect(rowsOf(files.get('lines.arrows')!)).toEqual(rowsOf(datasetToIpcStream('lines', { ...dataset, lines: core })));
  });

  it('holds every row of tables and summary_sources once, in its document’s partition', () => {
    for (const table of ['tables', 'summary_sources'] as const) {
      expect(rowsOf(...parts(table))).toEqual(rowsOf(datasetToIpcStream(table, dataset)));
      for (const partition of index.partitions) {
        const docs = new Set(tableFromIPC(files.get(partFileName(table, partition.key))!).getChild('doc_id')!.toArray() as string[]);
        for (const doc of docs) expect(partition.docs).toContain(doc);
      }
    }
  });

  it('writes the whole tables as they are, and indexes every document once with its counts and sizes', () => {
    for (const table of WHOLE_TABLES) expect(same(files.get(`${table}.arrows`)!, datasetToIpcStream(table, dataset)), table).toBe(true);
    expect(index.partitions.flatMap((p) => p.docs).sort()).toEqual(dataset.units.map((u) => u.doc_id).sort());
    for (const p of index.partitions) {
      for (const table of PARTITIONED_TABLES) {
        expect(p.bytes[table]).toBe(files.get(partFileName(table, p.key))!.length);
        expect(p.rows[table]).toBe(tableFromIPC(files.get(partFileName(table, p.key))!).numRows);
      }
    }
    expect(files.size).toBe(WHOLE_TABLES.length + 2 + PARTITIONED_TABLES.length * partitions);
  });

  it('gives the same bytes for the same rows, whichever way they are written', () => {
    const again = browserFiles(dataset);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [name, bytes] of again) expect(same(bytes, files.get(name)!), name).toBe(true);
    // one partition written alone (the CLI streams them) is byte for byte the same
    const first = index.partitions[0]!;
    const docs = new Set(first.docs);
    const alone = partitionFiles({
      units: dataset.units.filter((u) => docs.has(u.doc_id)),
      lines: dataset.lines.filter((l) => docs.has(l.doc_id)),
      tables: dataset.tables.filter((t) => docs.has(t.doc_id)),
      summary_sources: dataset.summary_sources.filter((s) => docs.has(s.doc_id))
    });
    expect(alone.partition).toEqual(first);
    for (const [name, bytes] of alone.files) expect(same(bytes, files.get(name)!), name).toBe(true);
  });
});

describe('partition keys', () => {
  it.each([
    ['', 'cbf29ce484222325'], // FNV-1a 64 reference values
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8']
  ])('fnv1a64(%j) = %s', (text, hash) => expect(fnv1a64(text)).toBe(hash));

  it('names a 区县 by province, city and region; a missing region is its own partition, and one key is never another’s', () => {
    const files = browserFiles(handMade());
    const keys = indexOf(files).partitions.map((p) => [p.region, p.key]);
    expect(keys).toEqual(
      [[null, partitionKey({ province: '浙江省', city: '杭州市', region: null })], ['西湖区', partitionKey({ province: '浙江省', city: '杭州市', region: '西湖区' })]]
        .sort((a, b) => (a[1]! < b[1]! ? -1 : 1))
    );
    expect(partitionKey({ province: '浙江省', city: '杭州市', region: null })).toBe(fnv1a64('浙江省\u0001杭州市\u0001'));
    // the separator keeps ('a', 'bc') and ('ab', 'c') apart
    expect(partitionKey({ province: 'a', city: 'bc', region: null })).not.toBe(partitionKey({ province: 'ab', city: 'c', region: null }));
  });
});

describe.skipIf(!existsSync(join(datasetDir(), PARTS_INDEX)))('the dataset ingest wrote', () => {
  const dir = datasetDir();
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
  const index = JSON.parse(readFileSync(join(dir, PARTS_INDEX), 'utf8')) as PartsIndex;
  const csvRows = (name: string) => readFileSync(join(dir, `${name}.csv`), 'utf8').trimEnd().split('\n').length - 1;

  it('has as many rows in lines.arrows and the partition files as in the CSV, and a file for each partition the index names', () => {
    const partFiles = readdirSync(dir).filter((name) => name.startsWith('part-'));
    expect(partFiles.sort()).toEqual(index.partitions.flatMap((p) => PARTITIONED_TABLES.map((t) => partFileName(t, p.key))).sort());
    const lines = rowsOf(read('lines.arrows'), ...index.partitions.map((p) => read(partFileName('lines', p.key))));
    expect(lines.length).toBe(csvRows('lines'));
    expect(new Set(lines).size).toBe(lines.length); // every line once (source_line and code tell two apart)
    for (const table of ['tables', 'summary_sources'] as const) {
      expect(index.partitions.reduce((n, p) => n + p.rows[table], 0)).toBe(csvRows(table));
    }
    expect(index.partitions.flatMap((p) => p.docs).sort()).toEqual(tableFromIPC(read('units.arrows')).getChild('doc_id')!.toArray().slice().sort());
  });
});
