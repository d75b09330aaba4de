import { describe, expect, it } from 'vitest';
import { readFilters, readSeverity, writeFilters } from './filters-url';

describe('filters in the URL', () => {
  it('round-trips every filter', () => {
    const filters = { year: 2023, city: '克拉玛依市', region: '乌尔禾区', basis: 'prior' as const, q: '信访', units: ['a-1', 'b-2'] };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });
  it('leaves defaults out and keeps other parameters', () => {
    const params = writeFilters({ year: null, city: null, region: null, basis: 'stated', q: '  ', units: [] }, new URLSearchParams('severity=error&year=2022'));
    expect(params.toString()).toBe('severity=error');
  });
  it('ignores junk', () => {
    expect(readFilters(new URLSearchParams('year=abc&basis=x'))).toMatchObject({ year: null, basis: 'stated' });
    expect(readSeverity(new URLSearchParams('severity=<b>'))).toBeNull();
  });
});
