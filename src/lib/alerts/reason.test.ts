import { describe, expect, it } from 'vitest';
import type { AlertCell, UnitAlerts } from './query';
import { reasonText, sortUnits, valueText } from './reason';

const cell = (patch: Partial<AlertCell>): AlertCell => ({
  unit_id: 'u1', unit_name: '甲', year: 2023, doc_id: 'd', doc_scope: '单位', unit_type: '其他', unit_class: '其他', peer_group: '普陀区',
  indicator: 'public_funds_per_staff', method: 'peer', a: 38.52, b: 12, prev_from: null, value: 3.21, peers: 12, median: 1.05, mad: 0.3724,
  q05: 0.5, q95: 2, deviation: 5.8, status: 'flag', flags: 1, ...patch
});

describe('reason text', () => {
  it('names the value, the group, its median and the deviation', () => {
    expect(reasonText(cell({}), 'region', 5)).toBe('人均公用经费 3.21 万元/人，同区县（普陀区）12 个单位中位数 1.05，偏离 5.8 倍 MAD（偏高）');
    expect(reasonText(cell({ peer_group: '医院/卫生', deviation: -4.04 }), 'type', 5)).toContain('同类（医院/卫生）12 个单位中位数 1.05，偏离 4.0 倍 MAD（偏低）');
    expect(reasonText(cell({ indicator: 'project_share', value: 0.9, median: 0.3, deviation: 4 }), 'all', 5)).toBe('项目支出占比 90.00%，所选单位 12 个单位中位数 30.00%，偏离 4.0 倍 MAD（偏高）');
  });

  it('says when MAD is 0, when there are too few peers, and when inputs are missing (never 0)', () => {
    expect(reasonText(cell({ deviation: null, mad: 0, median: 0, value: 0.2, q95: 0.1 }), 'region', 5))
      .toBe('人均公用经费 0.20 万元/人，同区县（普陀区）12 个单位中位数 0.00，同组多数单位数值相同（MAD 为 0），高于 95% 分位数 0.10 万元/人');
    expect(reasonText(cell({ status: 'few', peers: 3 }), 'region', 5)).toBe('人均公用经费 3.21 万元/人；同组单位不足，未比较（同区县（普陀区）有此数的单位 3 个，少于 5 个）');
    expect(reasonText(cell({ value: null, b: null, status: 'missing' }), 'region', 5)).toBe('人均公用经费：缺少公用经费、在职人数，未计算');
    expect(valueText(null, 'wan')).toBe('—');
  });

  it('words the rules: 三公 rising against last year, 实有 over 编制', () => {
    expect(reasonText(cell({ indicator: 'sangong_change', method: 'rule', a: 12, b: 10, value: 2, prev_from: 'stated' }), 'region', 5))
      .toBe('“三公”经费 12.00 万元，比上年（2022 年文件）10.00 万元增加 2.00 万元（“三公”经费只减不增）');
    expect(reasonText(cell({ indicator: 'sangong_change', method: 'rule', a: 10, b: 10, value: 0, prev_from: 'prior', status: 'ok' }), 'region', 5))
      .toBe('“三公”经费 10.00 万元，比上年（本文件所列）10.00 万元持平');
    expect(reasonText(cell({ indicator: 'staff_over_quota', method: 'rule', a: 34, b: 24, value: 10 }), 'region', 5)).toBe('实有人数 34 人，超过编制 24 人 10 人');
  });

  it('sorts units by flags (ties by name) or by name', () => {
    const u = (id: string, name: string, flags: number) => ({ unit_id: id, unit_name: name, flags }) as UnitAlerts;
    const units = [u('a', '乙', 1), u('b', '甲', 3), u('c', '丙', 1)];
    expect(sortUnits(units, 'flags').map((x) => x.unit_id)).toEqual(['b', 'c', 'a']);
    expect(sortUnits(units, 'flags-asc').map((x) => x.flags)).toEqual([1, 1, 3]);
    expect(sortUnits(units, 'name').map((x) => x.unit_name)).toEqual([...units.map((x) => x.unit_name!)].sort((p, q) => p.localeCompare(q, 'zh')));
  });
});
