/** The comparison table's columns (总览): label, how to show a row, how to sort it. */
import { wan } from '../charts/format';
import type { OverviewRow } from '../db/types';

export interface TableColumn {
  key: keyof OverviewRow;
  label: string;
  kind: 'text' | 'amount' | 'count' | 'rank';
}

export const OVERVIEW_COLUMNS: TableColumn[] = [
  { key: 'rank_appropriation', label: '排名', kind: 'rank' },
  { key: 'unit_name', label: '单位', kind: 'text' },
  { key: 'region', label: '地区', kind: 'text' },
  { key: 'year', label: '年度', kind: 'count' },
  { key: 'doc_scope', label: '文件', kind: 'text' },
  { key: 'income_total', label: '收入总计', kind: 'amount' },
  { key: 'expenditure_total', label: '支出总计', kind: 'amount' },
  { key: 'appropriation', label: '财政拨款', kind: 'amount' },
  { key: 'basic', label: '基本支出', kind: 'amount' },
  { key: 'project', label: '项目支出', kind: 'amount' },
  { key: 'personnel', label: '人员经费', kind: 'amount' },
  { key: 'public_funds', label: '公用经费', kind: 'amount' },
  { key: 'sangong_total', label: '三公合计', kind: 'amount' },
  { key: 'sangong_outbound', label: '因公出国（境）', kind: 'amount' },
  { key: 'sangong_vehicle_total', label: '公务用车', kind: 'amount' },
  { key: 'sangong_reception', label: '公务接待', kind: 'amount' },
  { key: 'operating_costs', label: '机关运行经费', kind: 'amount' },
  { key: 'staff_quota', label: '编制', kind: 'count' },
  { key: 'staff_active', label: '在职', kind: 'count' },
  { key: 'appropriation_per_staff', label: '人均财政拨款', kind: 'amount' },
  { key: 'personnel_per_staff', label: '人均人员经费', kind: 'amount' }
];

export function cellText(row: OverviewRow, column: TableColumn): string {
  if (column.key === 'doc_scope') return documentLabel(row);
  const value = row[column.key];
  if (column.kind === 'amount') return wan(value as number | null);
  if (value === null || value === undefined) return '—';
  return String(value);
}

/** Which document a row is read from, and whether the unit-year has one of the other 口径 too. */
export function documentLabel(row: Pick<OverviewRow, 'doc_scope' | 'doc_kind' | 'scope_documents'>): string {
  const label = `${row.doc_scope ?? ''}${row.doc_kind ?? '预算'}`;
  return row.scope_documents > 1 ? `${label}（另有${row.doc_scope === '部门' ? '单位' : '部门'}${row.doc_kind ?? '预算'}）` : label;
}
