import type { FundScope, NarrativeFact, SubjectKind } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { priorOf } from '../lib/subject';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

const TOTALS: Record<'all' | 'general_budget', { kinds: SubjectKind[]; scopes: FundScope[]; name: string }> = {
  all: { kinds: ['expenditure_total', 'income_total'], scopes: ['all'], name: '支出总额' },
  general_budget: { kinds: ['general_budget'], scopes: ['general_budget', 'all', 'appropriation'], name: '一般公共预算拨款' }
};

export const rule = defineRule({
  id: 'prior-basic-project',
  titleZh: '推算的上年数相加一致：上年基本支出 + 上年项目支出 = 上年总额',
  severity: 'warning',
  check(d, emit) {
    const withPrior = (kind: SubjectKind, scopes: FundScope[]): NarrativeFact | undefined =>
      scopes.map((scope) => d.facts.find((f) => f.subject.kind === kind && f.subject.scope === scope && priorOf(f) !== null)).find(Boolean);
    let compared = 0;
    for (const scope of ['all', 'general_budget'] as const) {
      const basic = withPrior('basic', [scope]);
      const project = withPrior('project', [scope]);
      const spec = TOTALS[scope];
      const total = spec.kinds.map((kind) => withPrior(kind, spec.scopes)).find(Boolean);
      if (!basic || !project || !total) continue;
      compared++;
      const sum = priorOf(basic)! + priorOf(project)!;
      const prior = priorOf(total)!;
      if (amountsAgree(sum, prior)) continue;
      emit({
        message: `按说明推算：上年基本支出 ${wan(priorOf(basic)!)}（第 ${basic.source.line} 行）+ 上年项目支出 ${wan(priorOf(project)!)}（第 ${project.source.line} 行）= ${wan(sum)}，而上年${spec.name}推算为 ${wan(prior)}（第 ${total.source.line} 行）`,
        expected: exact(prior), actual: exact(sum), sources: [basic.source, project.source, total.source]
      });
    }
    if (compared === 0) return skip('说明中没有同时给出基本支出、项目支出和总额的上年比较');
  }
});
