/** Every SQL file names itself in its first line, so timings and errors say which view ran (duckdb.ts viewName). */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryError, viewName } from './duckdb';

const LIB = join(import.meta.dirname, '..');
const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.sql'));

describe('view names', () => {
  it.each(files)('%s starts with "-- <its name>:"', (path) => {
    expect(viewName(readFileSync(join(LIB, path), 'utf8'))).toBe(basename(path, '.sql'));
  });

  it('a statement without one is "sql"; a failure carries the view and its SQL', () => {
    expect(viewName('SELECT 1')).toBe('sql');
    const error = new QueryError('overview', 'SELECT …', new Error('Binder Error: column x'));
    expect([error.message, error.sql]).toEqual(['overview：Binder Error: column x', 'SELECT …']);
  });
});
