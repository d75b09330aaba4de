/** Filters ⇄ URL search parameters (pure, so the round trip is tested without a browser). */
import { DEFAULT_FILTERS, DEFAULT_PAGE, type Filters, type OverviewRow, type Severity, type TablePage } from '../db/types';

export function readFilters(params: URLSearchParams): Filters {
  const year = Number(params.get('year'));
  const units = (params.get('units') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    year: Number.isInteger(year) && year > 1900 ? year : null,
    city: params.get('city') || null,
    region: params.get('region') || null,
    basis: params.get('basis') === 'prior' ? 'prior' : 'stated',
    q: params.get('q') || null,
    units,
    kind: params.get('kind') === '决算' ? '决算' : '预算',
    scope: params.get('scope') === 'unit' ? 'unit' : 'dept'
  };
}

/** Only non-default values go into the URL, in a fixed order, so equal views share one address. */
export function writeFilters(filters: Filters, into = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(into);
  for (const key of ['year', 'city', 'region', 'basis', 'q', 'units', 'kind', 'scope']) out.delete(key);
  if (filters.year !== null) out.set('year', String(filters.year));
  if (filters.city) out.set('city', filters.city);
  if (filters.region) out.set('region', filters.region);
  if (filters.basis !== DEFAULT_FILTERS.basis) out.set('basis', filters.basis);
  if (filters.q?.trim()) out.set('q', filters.q.trim());
  if (filters.units.length) out.set('units', filters.units.join(','));
  if (filters.kind !== DEFAULT_FILTERS.kind) out.set('kind', filters.kind);
  if (filters.scope !== DEFAULT_FILTERS.scope) out.set('scope', filters.scope);
  out.sort();
  return out;
}

export function readSeverity(params: URLSearchParams): Severity | null {
  const value = params.get('severity');
  return value === 'error' || value === 'warning' || value === 'info' ? value : null;
}

/** The 总览 table's sort and page in the URL (`sort`, `asc`, `offset`), so Back and reload restore them. */
export function readTablePage(params: URLSearchParams, sortable: ReadonlySet<string>): TablePage {
  const sort = params.get('sort');
  const offset = Number(params.get('offset'));
  return {
    ...DEFAULT_PAGE,
    sort: sort && sortable.has(sort) ? (sort as keyof OverviewRow) : DEFAULT_PAGE.sort,
    descending: params.get('asc') !== '1',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0
  };
}

export function writeTablePage(page: Pick<TablePage, 'sort' | 'descending' | 'offset'>, into: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(into);
  for (const key of ['sort', 'asc', 'offset']) out.delete(key);
  if (page.sort !== DEFAULT_PAGE.sort) out.set('sort', page.sort);
  if (!page.descending) out.set('asc', '1');
  if (page.offset > 0) out.set('offset', String(page.offset));
  out.sort();
  return out;
}
