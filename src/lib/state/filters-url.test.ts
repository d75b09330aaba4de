import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../db/types';
import { readFilters, readSeverity, readTablePage, writeFilters, writeTablePage } from './filters-url';

describe('filters in the URL', () => {
  it('round-trips every filter', () => {
    const filters: Filters = { year: 2023, city: '克拉玛依市', region: '乌尔禾区', basis: 'prior', q: '信访', units: ['a-1', 'b-2'], kind: '决算', scope: 'unit' };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });
  it('leaves defaults out and keeps other parameters', () => {
    const params = writeFilters({ ...DEFAULT_FILTERS, q: '  ' }, new URLSearchParams('severity=error&year=2022&kind=决算'));
    expect(params.toString()).toBe('severity=error');
  });
  it('reads an empty address as the defaults: the latest year, 预算, 部门优先', () => {
    expect(readFilters(new URLSearchParams())).toEqual(DEFAULT_FILTERS);
  });
  it('ignores junk', () => {
    expect(readFilters(new URLSearchParams('year=abc&basis=x&kind=x&scope=x'))).toEqual(DEFAULT_FILTERS);
    expect(readSeverity(new URLSearchParams('severity=<b>'))).toBeNull();
  });
});

describe('the table page in the URL', () => {
  const sortable = new Set(['appropriation', 'unit_name']);
  it('round-trips sort, direction and offset and keeps the filters', () => {
    const params = writeTablePage({ sort: 'unit_name', descending: false, offset: 50 }, new URLSearchParams('year=2023'));
    expect(params.toString()).toBe('asc=1&offset=50&sort=unit_name&year=2023');
    expect(readTablePage(params, sortable)).toMatchObject({ sort: 'unit_name', descending: false, offset: 50, limit: 50 });
  });
  it('falls back to the default for unknown columns and bad offsets', () => {
    expect(readTablePage(new URLSearchParams('sort=drop table&offset=-3'), sortable)).toMatchObject({ sort: 'appropriation', descending: true, offset: 0 });
  });
});
