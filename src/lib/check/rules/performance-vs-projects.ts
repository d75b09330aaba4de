import { exact, wan } from '../lib/format';
import { tableProjects } from '../lib/projects';
import { allAppropriation, findTable, totalRow } from '../lib/tables';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'performance-vs-projects',
  titleZh: '绩效管理的财政拨款项目金额（与个数）= 财政拨款项目支出',
  severity: 'warning',
  check(d, emit) {
    const p = d.performance;
    if (p.fiscalAmount === null && p.fiscalProjectCount === null) return skip('说明中没有绩效管理的财政拨款项目个数和金额');
    const t3 = findTable(d, 't3');
    const t7 = findTable(d, 't7');
    const all = allAppropriation(d);
    const t7Total = totalRow(t7)?.values.total ?? null;
    // 财政拨款 project spending: 支出表 项目支出 when every yuan is 财政拨款 (结转 included), else the fund tables.
    const funds = ['t5', 't8', 't9'].map((id) => findTable(d, id as 't5'));
    const fundSum = funds.every((t) => t) ? funds.reduce((acc, t) => acc + (t!.status === 'declared_empty' ? 0 : (totalRow(t)?.values.project ?? 0)), 0) : null;
    const expected = all && t3 ? (totalRow(t3)?.values.project ?? null) : fundSum;
    if (expected === null) return skip('无法从支出表或分资金支出表得出财政拨款项目支出');
    const projects = tableProjects(d);
    const detail = t7 && t7Total !== null ? `（其中一般公共预算项目支出表合计 ${wan(t7Total)}，列 ${projects.length} 个项目）` : '';
    if (p.fiscalAmount !== null && !amountsAgree(p.fiscalAmount, expected)) {
      emit({
        message: `说明称绩效管理的财政拨款项目涉及 ${wan(p.fiscalAmount)}，而财政拨款项目支出为 ${wan(expected)}${detail}`,
        expected: exact(expected), actual: exact(p.fiscalAmount), sources: [p.source, totalRow(all ? t3 : t7)?.source]
      });
    }
    if (p.fiscalProjectCount !== null && t7Total !== null && t7Total === expected && projects.length > 0 && p.fiscalProjectCount !== projects.length) {
      emit({
        message: `说明称绩效管理的财政拨款项目 ${p.fiscalProjectCount} 个，项目支出表列 ${projects.length} 个项目`,
        expected: String(projects.length), actual: String(p.fiscalProjectCount), sources: [p.source, totalRow(t7)?.source]
      });
    }
  }
});
