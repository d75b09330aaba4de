/** The filters live in the URL: read from the page URL, changed by navigating (so Back restores a view). */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Filters } from '../db/types';
import { readFilters, writeFilters } from './filters-url';

export const filters = {
  get current(): Filters {
    return readFilters(page.url.searchParams);
  }
};

/** Changes some filters; other URL parameters (e.g. severity, sort) are kept, a table starts again at its first page. */
export function setFilters(patch: Partial<Filters>): Promise<void> {
  const params = writeFilters({ ...filters.current, ...patch }, page.url.searchParams);
  params.delete('offset');
  return navigateWith(params);
}

/** Replaces the whole query string (for helpers such as writeTablePage). */
export function setParams(params: URLSearchParams): Promise<void> {
  return navigateWith(params);
}

export function setParam(name: string, value: string | null): Promise<void> {
  const params = new URLSearchParams(page.url.searchParams);
  if (value) params.set(name, value);
  else params.delete(name);
  params.sort();
  return navigateWith(params);
}

function navigateWith(params: URLSearchParams): Promise<void> {
  const search = params.toString();
  return goto(`${page.url.pathname}${search ? `?${search}` : ''}`, { keepFocus: true, noScroll: true });
}

/** Query string for links to other pages, carrying the filters along. */
export function filterQuery(): string {
  const search = writeFilters(filters.current).toString();
  return search ? `?${search}` : '';
}
