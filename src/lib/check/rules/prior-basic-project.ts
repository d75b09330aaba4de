import type { FundScope, NarrativeFact, SubjectKind } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { KIND_NAMES, priorOf } from '../lib/subject';
import { amountsAgree, MIXED_UNIT_TOLERANCE } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

const TOTALS: Record<'all' | 'general_budget', { kinds: SubjectKind[]; scopes: FundScope[]; name: string }> = {
  all: { kinds: ['expenditure_total', 'income_total'], scopes: ['all'], name: '支出总额' },
  general_budget: { kinds: ['general_budget'], scopes: ['general_budget', 'all', 'appropriation'], name: '一般公共预算拨款' }
};

export const rule = defineRule({
  id: 'prior-basic-project',
  titleZh: '推算的上年数相加一致：上年基本支出 + 上年项目支出（+ 上年单位预留机动经费）= 上年总额',
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
      // Where spending also has a 单位预留机动经费 (Jiangsu), its prior figure is a third part.
      const hasReserve = d.facts.some((f) => f.subject.kind === 'reserve' && f.subject.scope === scope && (f.amount ?? 0) !== 0);
      const reserve = withPrior('reserve', [scope]);
      if (hasReserve && !reserve) continue;
      const parts = [basic, project, ...(reserve ? [reserve] : [])];
      compared++;
      const sum = parts.reduce((acc, f) => acc + priorOf(f)!, 0);
      const prior = priorOf(total)!;
      // Each prior figure is this year's less a printed (rounded) change: half a cent per change stated.
      const changes = [...parts, total].filter((f) => f.statedPrior === undefined && (f.change?.amount ?? 0) !== 0).length;
      if (amountsAgree(sum, prior) || Math.abs(sum - prior) <= changes * MIXED_UNIT_TOLERANCE) continue;
      const named = parts.map((f) => `上年${KIND_NAMES[f.subject.kind]} ${wan(priorOf(f)!)}（第 ${f.source.line} 行）`).join(' + ');
      emit({
        message: `按说明推算：${named} = ${wan(sum)}，而上年${spec.name}推算为 ${wan(prior)}（第 ${total.source.line} 行）`,
        expected: exact(prior), actual: exact(sum), sources: [...parts.map((f) => f.source), total.source]
      });
    }
    if (compared === 0) return skip('说明中没有同时给出基本支出、项目支出和总额的上年比较');
  }
});
