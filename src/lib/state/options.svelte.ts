/** Filter choices and the unit colour map, read once from the database. */
import { unitColors, type UnitColors } from '../charts/colors';
import { filterOptions } from '../db/queries';
import type { Executor, FilterOptionRow } from '../db/types';

export const optionsState = $state({
  years: [] as number[],
  cities: [] as string[],
  regions: [] as { value: string; city: string | null }[],
  units: [] as { id: string; name: string; city: string | null }[],
  loaded: false
});

// $state so charts drawn before the choices arrive (from the summary or DuckDB) take the final colours.
let colorMap: UnitColors = $state.raw(unitColors([]));
export const colorOf: UnitColors = (unitId) => colorMap(unitId);

/** Reads the choices once; rejects with SummaryMiss while only a summary without them is there. */
export async function loadOptions(db: Executor): Promise<void> {
  if (optionsState.loaded) return;
  const rows: FilterOptionRow[] = await filterOptions(db);
  if (optionsState.loaded) return;
  optionsState.years = rows.filter((r) => r.kind === 'year').map((r) => Number(r.value)).sort((a, b) => b - a);
  optionsState.cities = rows.filter((r) => r.kind === 'city').map((r) => r.value).sort((a, b) => a.localeCompare(b, 'zh'));
  optionsState.regions = rows.filter((r) => r.kind === 'region').map((r) => ({ value: r.value, city: r.parent })).sort((a, b) => a.value.localeCompare(b.value, 'zh'));
  optionsState.units = rows.filter((r) => r.kind === 'unit').map((r) => ({ id: r.value, name: r.label ?? r.value, city: r.parent })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  colorMap = unitColors(optionsState.units.map((u) => u.id));
  optionsState.loaded = true;
}
