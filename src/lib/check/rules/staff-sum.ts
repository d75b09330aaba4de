import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'staff-sum',
  titleZh: '实有人数 = 在职 + 退休 + 离休',
  severity: 'error',
  check(d, emit) {
    const s = d.staff;
    if (s.actual === null || s.active === null || s.retired === null) return skip('说明中没有实有人数及在职/退休人数');
    const sum = s.active + s.retired + (s.retiredVeteran ?? 0);
    if (sum === s.actual) return;
    emit({
      message: `实有人数 ${s.actual} 人，而在职 ${s.active} + 退休 ${s.retired} + 离休 ${s.retiredVeteran ?? 0} = ${sum} 人`,
      expected: String(sum), actual: String(s.actual), sources: [s.source]
    });
  }
});
