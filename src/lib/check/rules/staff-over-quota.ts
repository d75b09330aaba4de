import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'staff-over-quota',
  titleZh: '在职人数超过编制数（提示）',
  severity: 'info',
  check(d, emit) {
    const s = d.staff;
    if (s.quota === null || s.active === null) return skip('说明中没有编制数或在职人数');
    if (s.active <= s.quota) return;
    emit({ message: `在职 ${s.active} 人，超过编制数 ${s.quota}`, expected: `≤ ${s.quota}`, actual: String(s.active), sources: [s.source] });
  }
});
