import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { columnType } from '../db/schema';
import { formatWanyuanExact } from '../model/amount';
import { csvRow } from './csv';
import { csvLineSql } from './csv-sql';
import { AMOUNT_COLUMNS, BOOLEAN_COLUMNS, COLUMNS, COUNT_COLUMNS, INTEGER_COLUMNS, type Dataset } from './rows';

/** Text the CSV must neutralise, quote or leave alone (formula starts, plain numbers, JavaScript's Unicode blanks, separators). */
const TEXTS: (string | null)[] = [
  '一般公共预算', '=SUM(A1)', '-3.00', '+1,234.5%', '-1,23', '@x', '\tx', '\r=x', 'a,b', 'say "hi"', 'line\nbreak', 'cr\rhere',
  ' lead', 'trail ', '\u3000全角', 'x\u00a0', '\ufeffmark', 'x\u2028', "it's", '-', '', null, '1,234', '12%', '2024-01-01'
];
/** Amounts in 分: zero, 分, 角, negative, beyond two decimals, large. */
const FEN: (number | null)[] = [0, 1, 10, 5_000, -500_000, 1_234_500, 123_456_789_012, -7, 100_000_000, null, 999_999, 1_000_001];
const INTEGERS: (number | null)[] = [2024, 0, 1, null, 37, -3];
/** Counts are 64-bit. */
const COUNTS: (number | null)[] = [0, 12, null, 2 ** 40];
const BOOLEANS: (boolean | null)[] = [true, false, null];

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length]!;
}

/** Rows of `table` whose cells cycle through the cases, each column from a different offset. */
function rowsOf(table: keyof Dataset, count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) =>
    Object.fromEntries(
      COLUMNS[table].map((column, offset) => {
        const at = index + offset * 7;
        if (AMOUNT_COLUMNS.has(column)) return [column, pick(FEN, at)];
        if (COUNT_COLUMNS.has(column)) return [column, pick(COUNTS, at)];
        if (INTEGER_COLUMNS.has(column)) return [column, pick(INTEGERS, at)];
        if (BOOLEAN_COLUMNS.has(column)) return [column, pick(BOOLEANS, at)];
        return [column, pick(TEXTS, at)];
      })
    )
  );
}

function sqlValue(column: string, value: unknown): string {
  if (value === null) return 'NULL';
  if (AMOUNT_COLUMNS.has(column)) return `CAST('${formatWanyuanExact(value as number)}' AS DECIMAL(18,6))`;
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return String(value);
}

describe('csvLineSql', () => {
  const tables = Object.keys(COLUMNS) as (keyof Dataset)[];
  it.each(tables)('%s: DuckDB writes the same line as csvRow for every case', async (table) => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const columns = COLUMNS[table];
      const types = columns.map((column) => `"${column}" ${AMOUNT_COLUMNS.has(column) ? 'DECIMAL(18,6)' : columnType(column)}`);
      await connection.run(`CREATE TABLE t (n INTEGER, ${types.join(', ')})`);
      const rows = rowsOf(table, 60);
      const values = rows.map((row, n) => `(${n}, ${columns.map((column) => sqlValue(column, row[column])).join(', ')})`);
      await connection.run(`INSERT INTO t VALUES ${values.join(', ')}`);
      const reader = await connection.runAndReadAll(`SELECT ${csvLineSql(table, 't')} AS line FROM t ORDER BY n`);
      const lines = reader.getRowObjectsJS().map((row) => row.line);
      expect(lines).toEqual(rows.map((row) => csvRow(table, row)));
    } finally {
      connection.disconnectSync();
      instance.closeSync();
    }
  });

  it('covers neutralised, quoted and trimmed cells (the cases are not vacuous)', () => {
    const lines = rowsOf('findings', 60).map((row) => csvRow('findings', row));
    expect(lines.some((line) => line.includes("'=SUM(A1)"))).toBe(true);
    expect(lines.some((line) => line.includes('"say ""hi"""'))).toBe(true);
    expect(lines.some((line) => line.includes('"\u3000全角"'))).toBe(true);
  });
});
