import { exact, wan } from '../lib/format';
import { normaliseName, tableProjects } from '../lib/projects';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'performance-project-amounts',
  titleZh: '绩效目标表的年度预算总额 = 项目支出表中同名项目的金额',
  severity: 'error',
  check(d, emit) {
    const rows = tableProjects(d);
    const perf = d.performance.projects.filter((p) => p.amount !== null);
    if (perf.length === 0 || rows.length === 0) return skip('没有绩效目标表金额或项目支出表中没有项目');
    for (const p of perf) {
      const row = rows.find((r) => normaliseName(r.name) === normaliseName(p.name));
      const value = row?.values.total;
      if (!row || value === undefined || amountsAgree(p.amount!, value)) continue;
      emit({
        message: `绩效目标表“${p.name}”年度预算总额 ${wan(p.amount!)}，项目支出表同名项目 ${wan(value)}`,
        expected: exact(value), actual: exact(p.amount!), sources: [p.source, row.source]
      });
    }
  }
});
