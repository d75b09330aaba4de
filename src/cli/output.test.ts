import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../lib/normalise/csv';
import type { Dataset, LineRow } from '../lib/normalise/rows';
import { partFileName, partitionKey, PARTITIONED_TABLES } from '../lib/load/parts';
import { DATASET_FILES, recoverInterrupted, writeDataset } from './output';

const empty: Dataset = { units: [], tables: [], lines: [], unit_summary: [], findings: [], checks: [], summary_sources: [] };
// Cast: the row type grows columns as the parser does (page, box, certain); these tests need only these.
const unit = { unit_id: 'u', unit_name: '某局', name_variants: '', region: null, city: null, province: null, year: 2023, doc_kind: '预算', doc_scope: '部门', published_on: null, source_file: 'a.txt', source_sha256: 'x', parse_warnings: '', doc_id: 'd' };
const one: Dataset = {
  ...empty,
  units: [unit],
  lines: [{ unit_id: 'u', year: 2023, basis: 'stated', table: 't1', classification: 'income', code: 'x', name: 'n', level: 1, measure: 'total', amount: 10_000, source_line: 'a.txt:1', doc_id: 'd' } as LineRow]
};

describe('writeDataset', () => {
  it('writes every file, keeps the user’s own files and leaves nothing beside the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    const out = join(dir, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'README.md'), 'keep me\n');
    writeFileSync(join(out, 'lines.csv'), 'stale\n');
    // an older layout's whole tables.arrows and another dataset's partition are ingest's, not carried over
    writeFileSync(join(out, 'tables.arrows'), 'stale\n');
    writeFileSync(join(out, partFileName('lines', '0123456789abcdef')), 'stale\n');
    writeDataset(out, one);
    expect(readdirSync(out).sort()).toEqual([...DATASET_FILES, 'README.md', ...PARTITIONED_TABLES.map((table) => partFileName(table, partitionKey(unit)))].sort());
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(out, 'lines.csv'), 'utf8').split('\n')[1]).toMatch(/^u,2023,stated,t1,income,x,n,1,total,0\.01,a\.txt:1,d(,|$)/);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('refuses a target holding folders (it would replace them) and leaves it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    mkdirSync(join(dir, 'data', 'sub'), { recursive: true });
    expect(() => writeDataset(join(dir, 'data'), one)).toThrow(/子目录/);
    expect(readdirSync(join(dir, 'data'))).toEqual(['sub']);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('streams a file larger than one write chunk intact: exactly toCsv, byte-order mark included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    const lines = Array.from({ length: 30_000 }, (_, index) => ({ ...one.lines[0]!, name: `第${index}行`.padEnd(40, '。') }));
    writeDataset(join(dir, 'data'), { ...empty, units: [unit], lines });
    const bytes = readFileSync(join(dir, 'data', 'lines.csv'));
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(toCsv('lines', { ...empty, lines }));
  });
});

describe('recoverInterrupted', () => {
  it('puts back the dataset a run killed between its two renames left as a backup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    const backup = join(dir, '.data.old-999999999');
    mkdirSync(backup);
    writeFileSync(join(backup, 'units.csv'), 'old\n');
    mkdirSync(join(dir, '.data.tmp-999999999-1'));
    recoverInterrupted(join(dir, 'data'));
    expect(readFileSync(join(dir, 'data', 'units.csv'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('drops a stale backup when the target is in place, and never touches another live run’s folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-out-'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, '.data.old-999999999'));
    mkdirSync(join(dir, `.data.tmp-${process.ppid}-1`));
    recoverInterrupted(join(dir, 'data'));
    expect(existsSync(join(dir, '.data.old-999999999'))).toBe(false);
    expect(existsSync(join(dir, `.data.tmp-${process.ppid}-1`))).toBe(true);
  });
});
