/** 预警: the typed query over alerts.sql (values-bound parameters) and its rows grouped by unit. */
import alertsSql from './alerts.sql?raw';
import { selectRows } from '../db/queries';
import type { Executor, Filters } from '../db/types';
import type { IndicatorKey } from './indicators';
import { unitTypePatterns } from './peers';
import type { Thresholds } from './thresholds';

export type CellStatus = 'flag' | 'ok' | 'missing' | 'few';

export interface AlertCell {
  unit_id: string;
  unit_name: string | null;
  year: number;
  doc_id: string;
  doc_scope: string | null;
  unit_type: string;
  unit_class: string;
  peer_group: string;
  indicator: IndicatorKey;
  method: 'peer' | 'rule';
  /** The figures the value is made of: amount and staff, this year and last, part and whole, 决算 and 预算. */
  a: number | null;
  b: number | null;
  /** Where last year's figure came from: 'prior' = this document's 上年 column, 'stated' = last year's document. */
  prev_from: 'prior' | 'stated' | null;
  value: number | null;
  peers: number | null;
  median: number | null;
  mad: number | null;
  q05: number | null;
  q95: number | null;
  /** (value − median) / MAD; null when MAD is 0 or there is no value. */
  deviation: number | null;
  status: CellStatus;
  flags: number;
}

export interface AlertSummary {
  indicator: IndicatorKey;
  method: 'peer' | 'rule';
  year: number | null;
  units: number;
  flagged: number;
  missing: number;
  few: number;
  /** 5/25/50/75/95% quantiles of the measured deviations (null when none). */
  deviations: number[] | null;
}

export interface UnitAlerts {
  unit_id: string;
  unit_name: string | null;
  year: number;
  peer_group: string;
  unit_type: string;
  flags: number;
  cells: AlertCell[];
}

export interface AlertsResult {
  year: number | null;
  units: UnitAlerts[];
  summary: AlertSummary[];
}

type RawRow = AlertCell & AlertSummary & { row_type: 'cell' | 'summary' };

/** The page lists at most this many units (those with most flags first). */
export const MAX_UNITS = 300;

/** everyCell: also the cells judged ok (the page lists flags and what could not be judged only). */
export async function alerts(db: Executor, filters: Filters, t: Thresholds, maxUnits = MAX_UNITS, everyCell = false): Promise<AlertsResult> {
  const q = filters.q?.trim() || null;
  const rows = await selectRows<RawRow>(db, alertsSql, [
    filters.year, filters.city, filters.region, q, filters.units.join(','), filters.kind, filters.scope,
    t.peer, unitTypePatterns(), t.k, t.minPeers, t.indicators.join(','), maxUnits, everyCell ? 1 : 0
  ]);
  const units = new Map<string, UnitAlerts>();
  const summary: AlertSummary[] = [];
  for (const row of rows) {
    if (row.row_type === 'summary') {
      summary.push({ indicator: row.indicator, method: row.method, year: row.year, units: row.units, flagged: row.flagged, missing: row.missing, few: row.few,
        deviations: row.deviations ? Array.from(row.deviations as ArrayLike<number>) : null });
      continue;
    }
    let unit = units.get(row.unit_id);
    if (!unit) {
      unit = { unit_id: row.unit_id, unit_name: row.unit_name, year: row.year, peer_group: row.peer_group, unit_type: row.unit_type, flags: row.flags, cells: [] };
      units.set(row.unit_id, unit);
    }
    unit.cells.push(row);
  }
  return { year: summary[0]?.year ?? null, units: [...units.values()], summary };
}
