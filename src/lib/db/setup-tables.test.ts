/**
 * The setup tables every view reads, on DuckDB in Node (the same SQL files duckdb-wasm runs),
 * against their definitions written the slow, obvious way (sorted windows): which document each
 * 口径 keeps per unit, year, basis and kind, and which table gives each document's 功能分类 类 —
 * with the cases real data has: both scopes, one scope, no scope, no unit, an uncertain table.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSqlFiles, setupSql } from '../../cli/sql-files';

let connection: DuckDBConnection;
let close: () => void;

const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();

beforeAll(async () => {
  const instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  close = () => {
    connection.disconnectSync();
    instance.closeSync();
  };
  await connection.run(`CREATE TABLE unit_summary AS SELECT * FROM (VALUES
    ('u1', '甲', 2024, 'stated', '预算', '部门', 'd2'),
    ('u1', '甲', 2024, 'stated', '预算', '单位', 'd1'),
    ('u1', '甲', 2023, 'prior', '预算', '部门', 'd2'),
    ('u1', '甲', 2024, 'stated', '决算', '单位', 'd3'),
    ('u2', NULL, 2024, 'stated', '预算', NULL, 'd4'),
    ('u2', NULL, 2024, 'stated', '预算', '单位', 'd5'),
    ('u3', '丙', 2024, 'stated', '预算', NULL, 'd7'),
    ('u3', '丙', 2024, 'stated', '预算', NULL, 'd6'),
    (NULL, NULL, NULL, 'stated', NULL, NULL, 'd8'),
    (NULL, NULL, NULL, 'stated', NULL, '部门', 'd9')
  ) AS t(unit_id, unit_name, year, basis, doc_kind, doc_scope, doc_id)`);
  await connection.run(`CREATE TABLE lines AS SELECT * FROM (VALUES
    ('d1', 2024, 'stated', 't3', 'function', '201', '一般公共服务支出', 1, 'total', 10, true),
    ('d1', 2024, 'stated', 't5', 'function', '201', '一般公共服务支出', 1, 'total', 8, true),
    ('d2', 2024, 'stated', 't3', 'function', '201', '一般公共服务支出', 1, 'total', 20, false),
    ('d2', 2024, 'stated', 'appropriation_expenditure', 'function', '201', '一般公共服务支出', 1, 'total', 18, true),
    ('d2', 2024, 'stated', 'appropriation_expenditure', 'function', '205', '教育支出', 1, 'total', 2, true),
    ('d2', 2024, 'stated', 't5', 'function', '201', '一般公共服务支出', 1, 'total', 17, true),
    ('d3', NULL, 'stated', 't5', 'function', '201', '一般公共服务支出', 1, 'total', 5, true),
    ('d3', NULL, 'stated', 't5', 'function', '20101', '行政运行', 2, 'total', 5, true),
    ('d4', 2024, 'prior', 't3', 'function', '201', '一般公共服务支出', 1, 'total', 9, true),
    ('d4', 2024, 'stated', 't6', 'function', '201', '一般公共服务支出', 1, 'total', 9, true)
  ) AS t(doc_id, year, basis, "table", classification, code, name, level, measure, amount, certain)`);
  for (const sql of setupSql(readSqlFiles())) await connection.run(sql);
});
afterAll(() => close?.());

describe('preferred_summary', () => {
  it('keeps per unit, year, basis and kind the document each 口径 prefers, as sorted windows define it', async () => {
    const reference = await rows(`SELECT doc_id, year, basis,
        row_number() OVER (PARTITION BY unit_id, year, basis, doc_kind ORDER BY (doc_scope = '部门') DESC NULLS LAST, doc_id) = 1 AS pick_dept,
        row_number() OVER (PARTITION BY unit_id, year, basis, doc_kind ORDER BY (doc_scope = '单位') DESC NULLS LAST, doc_id) = 1 AS pick_unit,
        CAST(count(*) OVER (PARTITION BY unit_id, year, basis, doc_kind) AS INTEGER) AS scope_documents
      FROM unit_summary ORDER BY doc_id, year, basis`);
    const made = await rows('SELECT doc_id, year, basis, pick_dept, pick_unit, scope_documents FROM preferred_summary ORDER BY doc_id, year, basis');
    expect(made).toEqual(reference);
    // spelt out: both scopes, a scope beside none, no scope at all, no unit
    const picks = Object.fromEntries(made.map((row) => [`${row.doc_id}/${row.year}`, [row.pick_dept, row.pick_unit]]));
    expect(picks).toEqual({
      'd1/2024': [false, true], 'd2/2024': [true, false], 'd2/2023': [true, true], 'd3/2024': [true, true],
      'd4/2024': [false, false], 'd5/2024': [true, true], 'd6/2024': [true, true], 'd7/2024': [false, false],
      'd8/null': [false, false], 'd9/null': [true, true]
    });
  });

  it('names a document without a unit name as such, and keeps every row', async () => {
    expect(await rows("SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE unit_name = '（未识别单位名称的文件）')::INTEGER AS unnamed FROM preferred_summary")).toEqual([{ n: 10, unnamed: 4 }]);
  });
});

describe('function_lines', () => {
  it('takes each document’s 类 from its best certain table (t3, else 财政拨款支出表, else t5), as a window defines it', async () => {
    const reference = await rows(`SELECT doc_id, year, basis, code, name, amount FROM lines
      WHERE "table" IN ('t3', 'appropriation_expenditure', 't5') AND classification = 'function' AND level = 1 AND measure = 'total' AND certain
      QUALIFY function_table_rank("table") = min(function_table_rank("table")) OVER (PARTITION BY doc_id, year, basis)
      ORDER BY ALL`);
    const made = await rows('SELECT * FROM function_lines ORDER BY ALL');
    expect(made).toEqual(reference);
    expect(made.map((row) => `${row.doc_id}:${row.code}=${row.amount}`)).toEqual(['d1:201=10', 'd2:201=18', 'd2:205=2', 'd3:201=5', 'd4:201=9']);
  });
});
