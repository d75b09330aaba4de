import { exact, wan } from '../lib/format';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'performance-sum',
  titleZh: '绩效目标表的项目个数与金额之和 = 说明所称绩效管理项目个数与金额',
  severity: 'warning',
  check(d, emit) {
    const p = d.performance;
    if (p.fiscalProjectCount === null || p.projects.length === 0) return skip('说明中没有绩效项目个数或没有绩效目标表');
    const count = p.fiscalProjectCount + (p.nonFiscalProjectCount ?? 0);
    if (count !== p.projects.length) {
      emit({ message: `说明称绩效管理项目 ${count} 个，绩效目标表列了 ${p.projects.length} 个项目`, expected: String(count), actual: String(p.projects.length), sources: [p.source, ...p.projects.map((x) => x.source)] });
    }
    if (p.fiscalAmount === null || p.projects.some((x) => x.amount === null)) return;
    const stated = p.fiscalAmount + (p.nonFiscalAmount ?? 0);
    const sum = p.projects.reduce((acc, x) => acc + x.amount!, 0);
    if (sum !== stated) {
      emit({ message: `说明称绩效管理项目涉及 ${wan(stated)}，各绩效目标表年度预算总额之和为 ${wan(sum)}`, expected: exact(stated), actual: exact(sum), sources: [p.source, ...p.projects.map((x) => x.source)] });
    }
  }
});
