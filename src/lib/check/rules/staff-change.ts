import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'staff-change',
  titleZh: '人员增减与人数相符：推算的上年人数不为负',
  severity: 'error',
  check(d, emit) {
    const s = d.staff;
    const pairs: [string, number | null, number | null][] = [
      ['在职', s.active, s.activeChange],
      ['退休', s.retired, s.retiredChange],
      ['离休', s.retiredVeteran, s.retiredVeteranChange]
    ];
    const usable = pairs.filter(([, n, c]) => n !== null && c !== null);
    if (usable.length === 0) return skip('说明中没有人员增减');
    for (const [name, count, change] of usable) {
      const prior = count! - change!;
      if (prior >= 0) continue;
      emit({
        message: `${name} ${count} 人，称${change! > 0 ? '增加' : '减少'} ${Math.abs(change!)} 人，推算上年为 ${prior} 人（负数）`,
        expected: '上年人数 ≥ 0', actual: String(prior), sources: [s.source]
      });
    }
  }
});
