/** Filter choices and the unit colour map, read once from the database. */
import { unitColors, type UnitColors } from '../charts/colors';
import { filterOptions } from '../db/queries';
import type { Executor, FilterOptionRow } from '../db/types';

export const optionsState = $state({
  /** Years per kind of document (a year may have 预算 and 决算 documents). */
  years: [] as { year: number; kind: string }[],
  kinds: [] as string[],
  cities: [] as string[],
  regions: [] as { value: string; city: string | null }[],
  units: [] as { id: string; name: string; city: string | null }[],
  loaded: false
});

// $state so charts drawn before the choices arrive (from the summary or DuckDB) take the final colours.
let colorMap: UnitColors = $state.raw(unitColors([]));
export const colorOf: UnitColors = (unitId) => colorMap(unitId);

/** The years the year filter offers for a kind of document, latest first. */
export function yearsOf(kind: string): number[] {
  return optionsState.years.filter((y) => y.kind === kind).map((y) => y.year);
}

/** Reads the choices once; rejects with SummaryMiss while only a summary without them is there. */
export async function loadOptions(db: Executor): Promise<void> {
  if (optionsState.loaded) return;
  const rows: FilterOptionRow[] = await filterOptions(db);
  if (optionsState.loaded) return;
  optionsState.years = rows.filter((r) => r.kind === 'year').map((r) => ({ year: Number(r.value), kind: r.parent ?? '预算' })).sort((a, b) => b.year - a.year);
  const kinds = new Set(rows.filter((r) => r.kind === 'kind').map((r) => r.value));
  optionsState.kinds = ['预算', '决算'].filter((kind) => kinds.has(kind));
  optionsState.cities = rows.filter((r) => r.kind === 'city').map((r) => r.value).sort((a, b) => a.localeCompare(b, 'zh'));
  optionsState.regions = rows.filter((r) => r.kind === 'region').map((r) => ({ value: r.value, city: r.parent })).sort((a, b) => a.value.localeCompare(b.value, 'zh'));
  optionsState.units = rows.filter((r) => r.kind === 'unit').map((r) => ({ id: r.value, name: r.label ?? r.value, city: r.parent })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  colorMap = unitColors(optionsState.units.map((u) => u.id));
  optionsState.loaded = true;
}
