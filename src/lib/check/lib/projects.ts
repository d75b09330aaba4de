/** Project names as the 绩效目标表 and the 项目支出表 print them, compared after normalising form. */
import type { Disclosure, TableRow } from '../../model/disclosure';
import { findTable, projectRows } from './tables';

export function normaliseName(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[，,、]/g, '、')
    .replace(/[“”"]/g, '');
}

export function tableProjects(d: Disclosure): TableRow[] {
  return projectRows(findTable(d, 't7'));
}
