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

let colorMap: UnitColors = unitColors([]);
export const colorOf: UnitColors = (unitId) => colorMap(unitId);

export async function loadOptions(db: Executor): Promise<void> {
  if (optionsState.loaded) return;
  const rows: FilterOptionRow[] = await filterOptions(db);
  optionsState.years = rows.filter((r) => r.kind === 'year').map((r) => Number(r.value)).sort((a, b) => b - a);
  optionsState.cities = rows.filter((r) => r.kind === 'city').map((r) => r.value).sort((a, b) => a.localeCompare(b, 'zh'));
  optionsState.regions = rows.filter((r) => r.kind === 'region').map((r) => ({ value: r.value, city: r.parent })).sort((a, b) => a.value.localeCompare(b.value, 'zh'));
  optionsState.units = rows.filter((r) => r.kind === 'unit').map((r) => ({ id: r.value, name: r.label ?? r.value, city: r.parent })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  colorMap = unitColors(optionsState.units.map((u) => u.id));
  optionsState.loaded = true;
}
