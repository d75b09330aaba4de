import type { NarrativeFact, SubjectKind } from '../../model/disclosure';
import { exact, wan } from '../lib/format';
import { priorOf } from '../lib/subject';
import { amountsAgree } from '../lib/tolerance';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'prior-sangong-items',
  titleZh: '推算的上年“三公”各项之和 = 上年“三公”经费合计',
  severity: 'warning',
  check(d, emit) {
    const find = (kind: SubjectKind): NarrativeFact | undefined => d.facts.find((f) => f.subject.kind === kind && priorOf(f) !== null);
    const total = find('sangong_total');
    const outbound = find('sangong_outbound');
    const reception = find('sangong_reception');
    const vehicle = find('sangong_vehicle_total');
    const purchase = find('sangong_vehicle_purchase');
    const operation = find('sangong_vehicle_operation');
    const vehicleParts = vehicle ? [vehicle] : purchase && operation ? [purchase, operation] : null;
    if (!total || !outbound || !reception || !vehicleParts) return skip('说明中没有给出“三公”合计及全部分项的上年比较');
    const parts = [outbound, reception, ...vehicleParts];
    const sum = parts.reduce((acc, f) => acc + priorOf(f)!, 0);
    const prior = priorOf(total)!;
    if (amountsAgree(sum, prior)) return;
    emit({
      message: `按说明推算：上年“三公”各项之和 ${wan(sum)}，而上年“三公”经费合计推算为 ${wan(prior)}（第 ${total.source.line} 行）`,
      expected: exact(prior), actual: exact(sum), sources: [total.source, ...parts.map((f) => f.source)]
    });
  }
});
