/**
 * Figures the Jiangsu template does not print as columns but that follow from its rows.
 * The 一般公共预算基本支出预算表 (t6) lists economic classes with one 金额 column; the
 * narrative's 人员经费 is 工资福利支出 (301) + 对个人和家庭的补助 (303) and 公用经费 the
 * other classes (302 商品和服务支出, 310 资本性支出 …).
 */
import type { Fen } from '../../../model/amount';
import type { ParsedTable } from '../../../model/disclosure';

const PERSONNEL_CLASSES = new Set(['301', '303']);

export function basicSplit(table: ParsedTable): { personnel: Fen; public: Fen } | null {
  if (table.status !== 'present') return null;
  const classes = table.rows.filter((row) => row.classification === 'economic' && row.code?.length === 3);
  if (classes.length === 0) return null;
  let personnel = 0;
  let publicFunds = 0;
  for (const row of classes) {
    const value = row.values.total ?? 0;
    if (PERSONNEL_CLASSES.has(row.code!)) personnel += value;
    else publicFunds += value;
  }
  return { personnel, public: publicFunds };
}
