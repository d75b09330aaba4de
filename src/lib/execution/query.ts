/** 预算执行: 预算 against 决算 per unit and item (SQL in execution.sql, run as values-bound parameters). */
import executionSql from './execution.sql?raw';
import { selectRows } from '../db/queries';
import type { Basis, Executor, Filters } from '../db/types';

export interface ExecutionRow {
  unit_id: string;
  unit_name: string | null;
  year: number;
  doc_scope: string | null;
  final_doc_id: string;
  /** The 预算 document compared with (null: the unit has no 预算 of that year in the data). */
  budget_doc_id: string | null;
  /** 'stated': the 预算's own figure; 'prior': the figure the next year's 预算 narrative gives for it. */
  budget_basis: Basis | null;
  budget_scope: string | null;
  item: string;
  label: string;
  budget: number | null;
  /** The 预算数 the 决算 itself prints beside its 决算数 (its 三公 table). */
  budget_in_final: number | null;
  final: number | null;
  difference: number | null;
  rate: number | null;
}

export function execution(db: Executor, filters: Filters): Promise<ExecutionRow[]> {
  const q = filters.q?.trim() || null;
  return selectRows<ExecutionRow>(db, executionSql, [filters.year, filters.city, filters.region, q, filters.units.join(','), filters.scope]);
}
