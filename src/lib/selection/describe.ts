/** The sentence every page shows above its figures: which year and which documents it reads. */
import type { Filters } from '../db/types';

export interface ShownDocuments {
  /** The year shown (null: nothing selected). */
  year: number | null;
  dept_documents: number;
  unit_documents: number;
  /** Unit-years that also have a document of the other 口径 (not shown). */
  with_other_scope: number;
}

export const SCOPE_LABEL: Record<Filters['scope'], string> = { dept: '部门优先', unit: '单位优先' };
export const BASIS_LABEL: Record<Filters['basis'], string> = { stated: '本年数', prior: '上年数（据说明推算）' };

export function describeSelection(filters: Filters, shown: ShownDocuments): string {
  if (shown.year === null) return `没有符合条件的${filters.kind}文件`;
  const year = filters.year === null ? `${shown.year} 年度（最新）` : `${shown.year} 年度`;
  const parts = [`显示 ${year}${filters.kind}`, BASIS_LABEL[filters.basis], `口径：${SCOPE_LABEL[filters.scope]}`];
  const from = [shown.dept_documents ? `部门${filters.kind} ${shown.dept_documents} 份` : '', shown.unit_documents ? `单位${filters.kind} ${shown.unit_documents} 份` : ''].filter(Boolean);
  if (from.length) parts.push(`取自${from.join('、')}`);
  if (shown.with_other_scope) {
    const other = filters.scope === 'dept' ? '单位' : '部门';
    parts.push(`其中 ${shown.with_other_scope} 个单位另有${other}${filters.kind}（切换口径可查看）`);
  }
  return parts.join(' · ');
}
