/**
 * The heat table (units × indicators) for more units than bars can show: each cell shaded by its
 * share of the column's largest figure, a missing figure marked 无数据 (never a pale 0), sortable
 * by any column with missing figures last either way.
 */
import type { OverviewRow } from '../db/types';

export type HeatKey = 'appropriation' | 'basic' | 'project' | 'personnel' | 'public_funds' | 'sangong_total' | 'staff_active'
  | 'appropriation_per_staff' | 'personnel_per_staff' | 'public_funds_per_staff';

export interface HeatColumn { key: HeatKey; label: string; unit: string }

export const HEAT_COLUMNS: readonly HeatColumn[] = [
  { key: 'appropriation', label: '财政拨款', unit: '万元' },
  { key: 'basic', label: '基本支出', unit: '万元' },
  { key: 'project', label: '项目支出', unit: '万元' },
  { key: 'personnel', label: '人员经费', unit: '万元' },
  { key: 'public_funds', label: '公用经费', unit: '万元' },
  { key: 'sangong_total', label: '“三公”经费', unit: '万元' },
  { key: 'staff_active', label: '在职人数', unit: '人' },
  { key: 'appropriation_per_staff', label: '人均财政拨款', unit: '万元/人' },
  { key: 'personnel_per_staff', label: '人均人员经费', unit: '万元/人' },
  { key: 'public_funds_per_staff', label: '人均公用经费', unit: '万元/人' }
];

export const isHeatKey = (key: string | null): key is HeatKey => HEAT_COLUMNS.some((c) => c.key === key);

/** Rows sorted by a column (null: as given); missing figures last in both directions, ties by name. */
export function sortHeat(rows: readonly OverviewRow[], key: HeatKey | null, ascending: boolean): OverviewRow[] {
  if (!key) return [...rows];
  return [...rows].sort((a, b) => {
    const [x, y] = [a[key], b[key]];
    if (x === null || y === null) return x === y ? a.unit_name.localeCompare(b.unit_name, 'zh') : x === null ? 1 : -1;
    return (ascending ? x - y : y - x) || a.unit_name.localeCompare(b.unit_name, 'zh');
  });
}

/** The largest figure of each column (null when the column has none). */
export function columnMax(rows: readonly OverviewRow[]): Record<HeatKey, number | null> {
  const out = {} as Record<HeatKey, number | null>;
  for (const { key } of HEAT_COLUMNS) {
    const values = rows.map((r) => r[key]).filter((v): v is number => v !== null && Number.isFinite(v));
    out[key] = values.length ? Math.max(...values) : null;
  }
  return out;
}

/** Cell shade 0…1: the figure's share of the column's largest (negative and missing: 0, drawn apart). */
export function shade(value: number | null, max: number | null): number {
  if (value === null || max === null || max <= 0 || value <= 0) return 0;
  return Math.min(1, value / max);
}
