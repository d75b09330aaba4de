/**
 * Which filters each page honours. A filter a page cannot honour is hidden there (never shown and
 * silently ignored); links between pages still carry every filter in the URL.
 */
import type { Filters } from '../db/types';

export type FilterControl = Exclude<keyof Filters, 'units'>;

const EVERY: readonly FilterControl[] = ['year', 'kind', 'scope', 'basis', 'city', 'region', 'q'];

const BY_PAGE: readonly [prefix: string, controls: readonly FilterControl[]][] = [
  ['/import', []],
  ['/source', []],
  ['/unit/', ['year', 'kind', 'scope']],
  ['/findings', ['year', 'city', 'region', 'q']],
  ['/alerts', ['year', 'kind', 'scope', 'city', 'region', 'q']],
  ['/execution', ['year', 'scope', 'city', 'region', 'q']]
];

/** The controls of the page at `path` (the route path without the base). */
export function pageFilters(path: string): readonly FilterControl[] {
  return BY_PAGE.find(([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`))?.[1] ?? EVERY;
}
