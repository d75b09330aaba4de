/** Filters ⇄ URL search parameters (pure, so the round trip is tested without a browser). */
import { DEFAULT_FILTERS, type Filters, type Severity } from '../db/types';

export function readFilters(params: URLSearchParams): Filters {
  const year = Number(params.get('year'));
  const units = (params.get('units') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    year: Number.isInteger(year) && year > 1900 ? year : null,
    city: params.get('city') || null,
    region: params.get('region') || null,
    basis: params.get('basis') === 'prior' ? 'prior' : 'stated',
    q: params.get('q') || null,
    units
  };
}

/** Only non-default values go into the URL, in a fixed order, so equal views share one address. */
export function writeFilters(filters: Filters, into = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(into);
  for (const key of ['year', 'city', 'region', 'basis', 'q', 'units']) out.delete(key);
  if (filters.year !== null) out.set('year', String(filters.year));
  if (filters.city) out.set('city', filters.city);
  if (filters.region) out.set('region', filters.region);
  if (filters.basis !== DEFAULT_FILTERS.basis) out.set('basis', filters.basis);
  if (filters.q?.trim()) out.set('q', filters.q.trim());
  if (filters.units.length) out.set('units', filters.units.join(','));
  out.sort();
  return out;
}

export function readSeverity(params: URLSearchParams): Severity | null {
  const value = params.get('severity');
  return value === 'error' || value === 'warning' || value === 'info' ? value : null;
}
