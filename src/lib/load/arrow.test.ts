/**
 * The Arrow streams as the browser reads them: counts are 64-bit (a count ≥ 2³¹ does not wrap),
 * and duckdb-wasm itself (its Node build, the same wasm the app runs) loads the dataset the real
 * pipeline wrote and answers the pages' views exactly as DuckDB in Node does from the CSV files —
 * loaded as the browser loads it: the up-front files, then each partition a view asks for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from '../db/dataset-dir';
import { normaliseRow, openNodeDb, type NodeDb } from '../db/node';
import { loadsUpFront, parsePartsIndex, partsLoader } from '../db/parts-loader';
import { headline, overview, setupViews, uncertainTables, unitFunctions, unitProfile, unitProjects, unitTables } from '../db/queries';
import { documentSummary } from '../findings/queries';
import { documentFigures } from '../provenance/query';
import { DATASET_TABLES, emptyTableSql } from '../db/schema';
import { DEFAULT_FILTERS, type Executor } from '../db/types';
import { PARTS_INDEX, type PartsIndex } from './parts';
import type { Dataset, LineRow, SummaryRow } from '../normalise/rows';
import { BATCH_ROWS, datasetTable, datasetToIpcStream, integerProblems, IpcStreamWriter } from './arrow';

const empty: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };

function summary(patch: Partial<SummaryRow>): SummaryRow {
  return {
    unit_id: 'u', unit_name: '单位', region: null, city: null, year: 2023, basis: 'stated', doc_kind: '预算', doc_scope: '单位', doc_id: 'd',
    income_total: null, appropriation: null, general_budget: null, gov_fund: null, state_capital: null, carryover: null, expenditure_total: null,
    basic: null, project: null, personnel: null, public_funds: null, sangong_total: null, sangong_outbound: null, sangong_reception: null,
    sangong_vehicle_total: null, sangong_vehicle_purchase: null, sangong_vehicle_operation: null, operating_costs: null, procurement_total: null,
    staff_quota: null, staff_actual: null, staff_active: null, staff_retired: null, staff_retired_veteran: null, vehicles: null,
    ...patch
  };
}

const line = (index: number): LineRow => ({ unit_id: 'u', year: 2024, basis: 'stated', table: 't1', classification: 'income', code: null, name: `第${index}行`, level: 1, measure: 'total', amount: index * 10_000, source_line: `a.txt:${index}`, doc_id: 'd', page: null, box: null, certain: index % 2 === 0 });

interface BlockingConnection {
  query(sql: string): { toArray(): { toJSON(): Record<string, unknown> }[] };
  prepare(sql: string): { query(...params: unknown[]): { toArray(): { toJSON(): Record<string, unknown> }[] }; close(): void };
  insertArrowFromIPCStream(bytes: Uint8Array, options: { name: string; create: boolean }): void;
  close(): void;
}

/** duckdb-wasm's Node build, blocking API: the browser's engine without a browser. */
async function wasmConnection(): Promise<BlockingConnection> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(entry);
  const dist = dirname(entry);
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  const connection = db.connect() as BlockingConnection;
  connection.query('SET autoload_known_extensions = false');
  return connection;
}

function executor(connection: BlockingConnection): Executor {
  return {
    async all(sql, params) {
      const statement = connection.prepare(sql);
      try {
        return statement.query(...params).toArray().map((row) => normaliseRow(row.toJSON()));
      } finally {
        statement.close();
      }
    },
    async exec(sql) {
      connection.query(sql);
    }
  };
}

describe('counts in the Arrow streams', () => {
  it('are 64-bit, so a count ≥ 2³¹ stays exact (an Int32 column would wrap it)', () => {
    const dataset = { ...empty, unit_summary: [summary({ staff_quota: 3_000_000_000, staff_active: 2 ** 40, vehicles: 7 })] };
    const table = tableFromIPC(datasetToIpcStream('unit_summary', dataset));
    expect(String(table.schema.fields.find((field) => field.name === 'staff_quota')?.type)).toBe('Int64');
    expect(String(table.schema.fields.find((field) => field.name === 'year')?.type)).toBe('Int32');
    const row = table.get(0)!.toJSON();
    expect([row.staff_quota, row.staff_active, row.vehicles]).toEqual([3_000_000_000n, 2n ** 40n, 7n]);
  });

  it('never writes a whole number that would wrap or has lost digits: integerProblems names it and the writer stops', () => {
    expect(integerProblems({ ...empty, unit_summary: [summary({ staff_quota: 3_000_000_000 })] })).toEqual([]);
    const unsafe = { ...empty, unit_summary: [summary({ staff_quota: 1e20 })] };
    expect(integerProblems(unsafe)).toEqual(['unit_summary.staff_quota = 100000000000000000000']);
    expect(() => datasetTable('unit_summary', unsafe)).toThrow(RangeError);
    const year = { ...empty, unit_summary: [summary({ year: 2 ** 31 })] };
    expect(integerProblems(year)).toEqual(['unit_summary.year = 2147483648']);
  });
});

describe('duckdb-wasm reading the Arrow streams', () => {
  let wasm: BlockingConnection;
  let db: Executor;
  let node: NodeDb;
  const fetched: string[] = [];
  const indexPath = join(datasetDir(), PARTS_INDEX);
  const index: PartsIndex | null = existsSync(indexPath) ? parsePartsIndex(readFileSync(indexPath, 'utf8'), indexPath) : null;

  beforeAll(async () => {
    wasm = await wasmConnection();
    for (const name of DATASET_TABLES) {
      if (loadsUpFront(name, index !== null)) wasm.insertArrowFromIPCStream(readFileSync(join(datasetDir(), `${name}.arrows`)), { name, create: true });
      else wasm.query(emptyTableSql(name));
    }
    db = executor(wasm);
    if (index) {
      const target = {
        ...db,
        insertArrow: async (table: string, bytes: Uint8Array) => wasm.insertArrowFromIPCStream(bytes, { name: table, create: false }),
        createFromArrow: async (table: string, bytes: Uint8Array) => wasm.insertArrowFromIPCStream(bytes, { name: table, create: true })
      };
      const loader = partsLoader(index, target, datasetDir(), async (path) => {
        fetched.push(path.slice(datasetDir().length + 1));
        return readFileSync(path);
      });
      db = { ...db, parts: (need) => loader.ensure(need) };
    }
    await setupViews(db);
    node = await openNodeDb(datasetDir());
  }, 60_000);
  afterAll(() => {
    wasm?.close();
    node?.close();
  });

  it('answers the overview and headline views as DuckDB in Node does from the CSV files', async () => {
    const fromArrow = await overview(db, DEFAULT_FILTERS);
    expect(fromArrow.length).toBeGreaterThan(0);
    expect(fromArrow).toEqual(await overview(node, DEFAULT_FILTERS));
    expect(await headline(db, DEFAULT_FILTERS)).toEqual(await headline(node, DEFAULT_FILTERS));
    expect(fetched).toEqual([]); // the overview reads the up-front files only
  });

  it.skipIf(!index)('loads one unit’s partition for its page and answers its views as Node does; the findings views load the rest', async () => {
    const units = await node.all("SELECT unit_id, doc_id, year FROM units WHERE unit_name LIKE '%克拉玛依市乌尔禾区%' ORDER BY doc_id", []);
    const { unit_id: unitId, doc_id: docId, year } = units[0] as { unit_id: string; doc_id: string; year: number };
    const own = index!.partitions.find((p) => p.docs.includes(docId))!;
    expect(await unitProfile(db, unitId)).toEqual(await unitProfile(node, unitId));
    const functions = await unitFunctions(db, docId, year, 'stated');
    expect(functions.filter((row) => row.level > 1).length).toBeGreaterThan(5); // 款 and 项: partition rows
    expect(functions).toEqual(await unitFunctions(node, docId, year, 'stated'));
    expect(await unitProjects(db, docId)).toEqual(await unitProjects(node, docId));
    expect(await unitTables(db, unitId)).toEqual(await unitTables(node, unitId));
    expect((await documentFigures(db, docId, 'stated')).sources).toEqual((await documentFigures(node, docId, 'stated')).sources);
    expect(fetched.sort()).toEqual(['lines', 'summary_sources', 'tables'].map((table) => `part-${table}-${own.key}.arrows`));
    // unfiltered, 数据质量 reads every partition, each fetched once
    const all = { year: null, city: null, region: null, q: null, unitId: null };
    expect(await uncertainTables(db, all)).toEqual(await uncertainTables(node, all));
    const documents = await documentSummary(db, all);
    expect(documents.every((row) => row.tables_present > 0)).toBe(true); // counted from the partitions' tables
    // unit_name aside: an empty name is '' in Arrow and NULL read back from CSV (units.arrows is whole either way)
    const counts = (rows: typeof documents) => rows.map(({ unit_name: _, ...rest }) => rest);
    expect(counts(documents)).toEqual(counts(await documentSummary(node, all)));
    expect(fetched).toHaveLength(3 * index!.partitions.length);
    expect(await db.all('SELECT count(*) AS n FROM lines', [])).toEqual(await node.all('SELECT count(*) AS n FROM lines', []));
  });

  it('reads repeated text dictionary-encoded, one dictionary per batch (each replacing the last), and a table without rows', () => {
    // Three batches whose values differ (a dictionary of batch 1 cannot serve batch 2), with nulls, a name shared across batches and astral characters.
    const lines = Array.from({ length: 2 * BATCH_ROWS + 7 }, (_, index) => ({
      ...line(index), name: `项目${Math.floor(index / 3)}𠀀`, doc_id: `doc-${Math.floor(index / BATCH_ROWS)}`, code: index % 5 === 0 ? null : index % 2 ? '201' : '20101'
    }));
    const bytes = datasetToIpcStream('lines', { ...empty, lines });
    wasm.insertArrowFromIPCStream(bytes, { name: 'dictionary_lines', create: true });
    const read = wasm.query('SELECT name, doc_id, code, typeof(name) AS type FROM dictionary_lines').toArray().map((row) => row.toJSON());
    expect(read).toEqual(lines.map((row) => ({ name: row.name, doc_id: row.doc_id, code: row.code, type: 'VARCHAR' })));
    // duckdb-wasm refuses a stream whose dictionaries never come — and then every later insert on the connection
    wasm.insertArrowFromIPCStream(datasetToIpcStream('lines', empty), { name: 'dictionary_lines', create: false });
    wasm.insertArrowFromIPCStream(datasetToIpcStream('lines', { ...empty, lines: lines.slice(0, 2) }), { name: 'dictionary_lines', create: false });
    expect(wasm.query('SELECT count(*)::INTEGER AS n FROM dictionary_lines').toArray()[0]!.toJSON()).toEqual({ n: lines.length + 2 });
  });

  it('keeps a staff count ≥ 2³¹ exact', () => {
    const bytes = datasetToIpcStream('unit_summary', { ...empty, unit_summary: [summary({ staff_quota: 3_000_000_000 })] });
    wasm.insertArrowFromIPCStream(bytes, { name: 'big_counts', create: true });
    const [row] = wasm.query('SELECT staff_quota, typeof(staff_quota) AS type FROM big_counts').toArray();
    expect(row!.toJSON()).toEqual({ staff_quota: 3_000_000_000n, type: 'BIGINT' });
  });
});

describe('dictionary-encoded text', () => {
  it('encodes the repeated columns and leaves free text plain', () => {
    const finding = { unit_id: 'u', year: 2024, rule_id: 'r', severity: 'error', message: '合计不等', expected: '1', actual: '2', source_lines: 'a.txt:1', doc_id: 'd' };
    const types = Object.fromEntries(tableFromIPC(datasetToIpcStream('findings', { ...empty, findings: [finding as never] })).schema.fields.map((field) => [field.name, String(field.type)]));
    expect(types).toMatchObject({ unit_id: 'Dictionary<Int32, Utf8>', rule_id: 'Dictionary<Int32, Utf8>', doc_id: 'Dictionary<Int32, Utf8>', message: 'Utf8', source_lines: 'Utf8', year: 'Int32' });
  });

  it('writes the same bytes whatever was written before (dictionary ids are the columns’ positions, not a global counter)', () => {
    const dataset = { ...empty, lines: [line(1), line(2)] };
    const first = datasetToIpcStream('lines', dataset);
    datasetToIpcStream('units', empty);
    datasetToIpcStream('findings', empty);
    expect(Buffer.from(datasetToIpcStream('lines', dataset)).equals(Buffer.from(first))).toBe(true);
  });
});

describe('IpcStreamWriter', () => {
  it.each([0, 3, BATCH_ROWS, BATCH_ROWS + 1, 2 * BATCH_ROWS + 5])('%i rows: one batch at a time, every row back in order', (count) => {
    const lines = Array.from({ length: count }, (_, index) => line(index));
    const chunks: Uint8Array[] = [];
    const writer = new IpcStreamWriter('lines', (bytes) => chunks.push(bytes.slice()));
    for (const row of lines) writer.push({ ...row });
    writer.close();
    const bytes = Buffer.concat(chunks);
    expect(chunks.length).toBe(count < BATCH_ROWS ? 1 : Math.ceil(count / BATCH_ROWS) + 1);
    expect(bytes.equals(Buffer.from(datasetToIpcStream('lines', { ...empty, lines })))).toBe(true);
    const table = tableFromIPC(bytes);
    expect(table.numRows).toBe(count);
    if (count > 0) expect([table.get(count - 1)!.name, table.get(count - 1)!.amount]).toEqual([`第${count - 1}行`, count - 1 === 0 ? 0 : (count - 1) / 100]);
  });
});
