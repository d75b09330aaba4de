import { exact, wan } from '../lib/format';
import { normaliseName, tableProjects } from '../lib/projects';
import { findTable, totalRow } from '../lib/tables';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'performance-project-names',
  titleZh: '绩效目标表的项目名称与项目支出表一致（名称不同或缺少绩效目标表）',
  severity: 'warning',
  check(d, emit) {
    const perf = d.performance.projects;
    const rows = tableProjects(d);
    if (perf.length === 0 || rows.length === 0) return skip('没有绩效目标表或项目支出表中没有项目');
    const tableNames = new Set(rows.map((r) => normaliseName(r.name)));
    const perfNames = new Set(perf.map((p) => normaliseName(p.name)));
    const onlyPerf = perf.filter((p) => !tableNames.has(normaliseName(p.name)));
    const onlyTable = rows.filter((r) => !perfNames.has(normaliseName(r.name)));
    // Projects of other funds (政府性基金…) are not itemised in 表7: an unmatched amount they cover is information only.
    const otherFunds = ['t8', 't9'].reduce((acc, id) => acc + (totalRow(findTable(d, id as 't8'))?.values.project ?? 0), 0);
    const unmatched = onlyPerf.reduce((acc, p) => acc + (p.amount ?? 0), 0);
    for (const p of onlyPerf) {
      const twin = onlyTable.find((r) => p.amount !== null && r.values.total === p.amount);
      if (twin) {
        onlyTable.splice(onlyTable.indexOf(twin), 1);
        emit({
          message: `绩效目标表项目“${p.name}”${wan(p.amount!)} 在项目支出表中没有同名项目；项目支出表中同额的项目名为“${twin.name}”，两处名称不一致`,
          expected: twin.name, actual: p.name, sources: [p.source, twin.source]
        });
        continue;
      }
      const info = otherFunds > 0 && unmatched <= otherFunds;
      emit({
        message: `绩效目标表项目“${p.name}”${p.amount !== null ? wan(p.amount) : ''} 不在一般公共预算项目支出表中${info ? `（政府性基金等其他资金项目支出 ${wan(otherFunds)} 未逐项列示，可能属于其中）` : ''}`,
        expected: null, actual: p.name, sources: [p.source], severity: info ? 'info' : 'warning'
      });
    }
    for (const r of onlyTable) {
      emit({
        message: `项目支出表中的项目“${r.name}”${wan(r.values.total ?? 0)} 没有对应的绩效目标表`,
        expected: r.name, actual: null, sources: [r.source]
      });
    }
  }
});
