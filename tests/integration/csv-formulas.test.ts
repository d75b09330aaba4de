/**
 * Text read from a document never becomes a spreadsheet formula: the dataset's CSV files (as the
 * CLI writes them) and the app's CSV export neutralise text cells starting with = + - @ (or a tab
 * or CR) with a leading apostrophe, and read back, amounts are still numbers (-3.00 stays -3).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { writeDataset } from '../../src/cli/output';
import { toCsv as exportCsv } from '../../src/lib/components/csv';
import { columnType } from '../../src/lib/db/schema';
import { COLUMNS, type Dataset, type LineRow, type UnitRow } from '../../src/lib/normalise/rows';

// Cast: the row type grows columns as the parser does (page, box, certain); this test reads back only these.
const line = {
  unit_id: 'u', year: 2023, basis: 'stated', table: 't2', classification: 'function', code: '2010301', name: '=HYPERLINK("http://x","点我")',
  level: 3, measure: 'total', amount: -3_000_000, source_line: 'a.txt:9', doc_id: 'd'
} as LineRow;
const dataset: Dataset = {
  // the lines' document (the browser files are written per 区县 of a document's unit)
  units: [{ unit_id: 'u', unit_name: '单位', region: null, city: null, province: null, year: 2023, doc_id: 'd' } as UnitRow],
  tables: [], unit_summary: [], checks: [], summary_sources: [],
  lines: [line, { ...line, name: '@SUM(A1:A9)', amount: 12_345_000 }, { ...line, name: '\t=1+1', code: '-2+3' }, { ...line, name: '基本支出', code: '+cmd|calc' }],
  findings: [
    { unit_id: 'u', year: 2023, rule_id: 'r', severity: 'error', message: '-比上年减少', expected: '-3.00', actual: '+1,234.50', source_lines: 'a.txt:9', doc_id: 'd' }
  ]
};

/** Reads a dataset CSV the way the app's Node side does (read_csv, columns typed as the Arrow streams are). */
async function readBack(dir: string, name: keyof Dataset): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:', { autoload_known_extensions: 'false', autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    const columns = COLUMNS[name].map((column) => `'${column}': '${columnType(column)}'`).join(', ');
    const reader = await connection.runAndReadAll(`SELECT * FROM read_csv($1, header = true, quote = '"', escape = '"', columns = {${columns}})`, [
      join(dir, `${name}.csv`)
    ]);
    return reader.getRowObjectsJS();
  } finally {
    connection.disconnectSync();
    instance.closeSync();
  }
}

/** RFC 4180 CSV → rows of cells (quotes, doubled quotes, CR LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || (char === '\r' && text[index + 1] === '\n')) {
      if (char === '\r') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}

describe('CSV cells a spreadsheet would run', () => {
  it('are neutralised in the dataset the CLI writes, and amounts read back as numbers', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bl-csv-')), 'data');
    writeDataset(dir, dataset);
    const lines = await readBack(dir, 'lines');
    expect(lines.map((row) => [row.name, row.code, row.amount])).toEqual([
      [`'=HYPERLINK("http://x","点我")`, '2010301', -3],
      ["'@SUM(A1:A9)", '2010301', 12.345],
      ["'\t=1+1", "'-2+3", -3],
      ['基本支出', "'+cmd|calc", -3]
    ]);
    const [finding] = await readBack(dir, 'findings');
    expect([finding!.message, finding!.expected, finding!.actual]).toEqual(["'-比上年减少", '-3.00', '+1,234.50']);
  });

  it('are neutralised in the app’s export, where -1.00 stays a number', () => {
    const rows = [
      { name: '=cmd|" /C calc"!A0', amount: '-1.00' },
      { name: '甲,乙', amount: '-1,234.56' },
      { name: '-', amount: '—' }
    ];
    const text = exportCsv(rows, [
      { label: '单位', text: (row) => row.name },
      { label: '财政拨款（万元）', text: (row) => row.amount }
    ]);
    expect(parseCsv(text.replace(/^\uFEFF/, ''))).toEqual([
      ['单位', '财政拨款（万元）'],
      [`'=cmd|" /C calc"!A0`, '-1.00'],
      ['甲,乙', '-1,234.56'],
      ["'-", '—']
    ]);
  });
});
