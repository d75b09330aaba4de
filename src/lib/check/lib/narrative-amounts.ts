/** Narrative amounts against the table cell their subject names. */
import type { Disclosure, SubjectKind } from '../../model/disclosure';
import { resolveFigure } from '../../model/resolve';
import type { Emit, Skip } from '../rule';
import { skip } from '../rule';
import { exact, tableLabel, wan } from './format';
import { factLabel } from './subject';
import { rounding } from './compare';
import { statedWanAgrees } from './tolerance';

export function checkNarrativeAmounts(d: Disclosure, emit: Emit, kinds: SubjectKind[]): Skip | void {
  const facts = d.facts.filter((f) => kinds.includes(f.subject.kind) && f.amount !== null);
  if (facts.length === 0) return skip('说明中没有这类金额');
  let compared = 0;
  for (const fact of facts) {
    const resolved = resolveFigure(d, fact.subject);
    const amount = fact.amount!;
    if (!resolved.ok) {
      if (resolved.reason !== 'missing-row' || !resolved.table) continue;
      compared++;
      if (amount !== 0) {
        emit({
          message: `${factLabel(fact)}为 ${wan(amount)}，但${tableLabel(resolved.table)}中没有这一项`,
          expected: null, actual: exact(amount), sources: [fact.source], severity: 'warning'
        });
      }
      continue;
    }
    compared++;
    const { figure } = resolved;
    if (statedWanAgrees(amount, figure.value, ['万元', figure.unit])) continue;
    // A narrative 万元 figure one printed cent off a 万元 table figure: rounding, reported as information.
    const { severity, note } = figure.unit === '万元' ? rounding(amount - figure.value, 2, '万元') : { note: '' };
    emit({
      message: `${factLabel(fact)}为 ${wan(amount)}，${figure.label} 为 ${wan(figure.value)}（相差 ${wan(amount - figure.value)}${note}）`,
      expected: exact(figure.value), actual: exact(amount), sources: [fact.source, figure.source],
      ...(severity ? { severity } : {})
    });
  }
  if (compared === 0) return skip('说明中的这类金额在表格中都找不到对应的表');
}
