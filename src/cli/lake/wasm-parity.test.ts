/**
 * The lake read by DuckDB native gives the same answers as the browser's Arrow dataset in
 * duckdb-wasm (its Node build, same engine as the app's): every named view, with the app's
 * default parameters, over the seeds + corpus ingested once. The wasm side loads what the app
 * loads — the whole tables, the core lines and every partition file — so this also checks that
 * core ∪ partitions is the whole dataset.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyTableSql, DATASET_TABLES } from '../../lib/db/schema';
import type { Row } from '../../lib/db/types';
import { INDICATOR_KEYS } from '../../lib/alerts/indicators';
import { unitTypePatterns } from '../../lib/alerts/peers';
import { groupParts, parseIngestArgs } from '../args';
import { ingest } from '../ingest';
import { testInputFiles } from '../../../tests/setup/test-dataset';
import { openLakeDb } from './db';
import { readSqlFiles, setupSql, viewNames } from '../sql-files';
import type { NodeDb } from '../../lib/db/node-executor';

const require = createRequire(import.meta.url);
/** What this test uses of duckdb-wasm's Node build (its typings are not reachable through the package's exports). */
interface WasmConnection {
  query(sql: string): unknown;
  prepare(sql: string): { query(...params: unknown[]): { toArray(): { toJSON(): Row }[] }; close(): void };
  insertArrowFromIPCStream(bytes: Uint8Array, options: { name: string; create: boolean }): void;
}
interface WasmModule {
  createDuckDB(bundles: unknown, logger: unknown, runtime: unknown): Promise<{ instantiate(progress: () => void): Promise<unknown>; connect(): WasmConnection }>;
  VoidLogger: new () => unknown;
  NODE_RUNTIME: unknown;
}

const SELECTION = [null, null, null, 'stated', null, '', '预算', 'dept'];
/** No table of the seeds and corpus is read as uncertain (the parser tests cover those). */
const EMPTY_ANSWERS = ['uncertain_tables'];
/** Each view with the parameters the app passes by default (documents picked from the dataset). */
function calls(docId: string, unitId: string, year: number, projectsDocId: string): Record<string, unknown[][]> {
  return {
    overview: [[...SELECTION, 'default', 'desc', null, 0], [2026, null, null, 'stated', null, '', '预算', 'unit', 'appropriation', 'asc', 5, 0]],
    compare_rows: [[...SELECTION, null]],
    ranking: [[...SELECTION, 10]],
    top_units: [[...SELECTION, 10]],
    headline: [SELECTION, [null, null, null, 'stated', null, '', '决算', 'dept']],
    function_structure: [SELECTION],
    sangong_trend: [[null, null, null, null, '', '预算', 'dept']],
    filter_options: [[]],
    unit_profile: [[unitId]],
    unit_functions: [[docId, year, 'stated']],
    unit_projects: [[projectsDocId]],
    unit_tables: [[unitId]],
    findings: [[null, null, null, null, null, '']],
    uncertain_tables: [[null, null, null, null, '']],
    document_summary: [[null, null, null, null, '']],
    skipped_checks: [[null, null, null, null, '']],
    execution: [[null, null, null, null, '', 'dept']],
    alerts: [[null, null, null, null, '', '预算', 'dept', 'all', unitTypePatterns(), 3.5, 3, INDICATOR_KEYS.join(','), 300, 1]],
    document_sources: [[docId, 'stated']],
    summary_values: [[docId, 'stated']]
  };
}

let dataset: string;
let lakeDb: NodeDb;
let wasm: WasmConnection;

beforeAll(async () => {
  dataset = join(mkdtempSync(join(tmpdir(), 'bl-parity-')), 'data');
  const parsed = parseIngestArgs(['--out', dataset, '--quiet']);
  if (!parsed.ok) throw new Error(parsed.message);
  expect(await ingest(parsed.args, groupParts(testInputFiles()))).toBe(0);
  const files = readSqlFiles();
  lakeDb = await openLakeDb(join(dataset, 'lake'), setupSql(files));
  wasm = await openWasm(dataset, setupSql(files));
}, 180_000);

afterAll(() => lakeDb?.close());

async function openWasm(dir: string, setup: string[]): Promise<WasmConnection> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking') as WasmModule;
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  const connection = db.connect();
  for (const table of DATASET_TABLES) connection.query(emptyTableSql(table));
  for (const name of readdirSync(dir).sort()) {
    const table = /^(?:part-)?([a-z_]+?)(?:-[0-9a-f]{16})?\.arrows$/.exec(name)?.[1];
    if (table) connection.insertArrowFromIPCStream(new Uint8Array(readFileSync(join(dir, name))), { name: table, create: false });
  }
  for (const sql of setup) connection.query(sql);
  return connection;
}

function wasmRows(sql: string, params: unknown[]): Row[] {
  const statement = wasm.prepare(sql);
  try {
    return statement.query(...params).toArray().map((row) => normalise(row.toJSON()));
  } finally {
    statement.close();
  }
}

function normalise(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'bigint' ? Number(value) : value;
  return out;
}

describe('lake (DuckDB native) against the Arrow dataset (duckdb-wasm)', () => {
  it('holds the same rows in every table', async () => {
    for (const table of DATASET_TABLES) {
      const sql = `SELECT count(*)::INTEGER AS n FROM "${table}"`;
      const [native] = await lakeDb.all(sql, []);
      expect([table, wasmRows(sql, [])[0]!.n]).toEqual([table, native!.n]);
      expect(native!.n).toBeGreaterThan(0);
    }
  });

  it('answers every named view the same', async () => {
    const files = readSqlFiles();
    const [pick] = await lakeDb.all("SELECT doc_id, unit_id, year FROM units WHERE unit_name LIKE '%普陀区财政局' AND doc_kind = '决算'", []);
    const [projects] = await lakeDb.all("SELECT min(doc_id) AS doc_id FROM lines WHERE classification = 'project' AND certain", []);
    const table = calls(pick!.doc_id as string, pick!.unit_id as string, pick!.year as number, projects!.doc_id as string);
    expect(Object.keys(table).sort()).toEqual(viewNames(files)); // a new view must be added here
    const empty: string[] = [];
    for (const [view, paramSets] of Object.entries(table)) {
      for (const params of paramSets) {
        const sql = files.get(view)!;
        const native = await lakeDb.all(sql, params as never[]);
        expect({ view, params, rows: wasmRows(sql, params) }).toEqual({ view, params, rows: native });
        if (native.length === 0) empty.push(view);
      }
    }
    expect(empty).toEqual(EMPTY_ANSWERS); // every other call answers rows: the comparison is not of empty sets
  }, 60_000);
});
