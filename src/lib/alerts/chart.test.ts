import { describe, expect, it } from 'vitest';
import { deviationChartOption } from './chart';
import type { AlertCell, AlertSummary, UnitAlerts } from './query';

const summary: AlertSummary[] = [
  { indicator: 'public_funds_per_staff', method: 'peer', year: 2023, units: 30, flagged: 2, missing: 0, few: 0, deviations: [-1.2, -0.6, 0, 0.7, 1.4] },
  { indicator: 'execution_rate', method: 'peer', year: 2023, units: 30, flagged: 0, missing: 30, few: 0, deviations: null },
  { indicator: 'sangong_change', method: 'rule', year: 2023, units: 30, flagged: 1, missing: 0, few: 0, deviations: null }
];
const cell = (patch: Partial<AlertCell>): AlertCell => ({
  unit_id: 'u1', unit_name: '<b>甲单位</b>', year: 2023, doc_id: 'd', doc_scope: '单位', unit_type: '其他', unit_class: '其他', peer_group: '第1区',
  indicator: 'public_funds_per_staff', method: 'peer', a: 100, b: 4, prev_from: null, value: 25, peers: 30, median: 2.5, mad: 1.5, q05: 1, q95: 4,
  deviation: 15, status: 'flag', flags: 1, ...patch
});
const units: UnitAlerts[] = [
  { unit_id: 'u1', unit_name: '<b>甲单位</b>', year: 2023, peer_group: '第1区', unit_type: '其他', flags: 2, cells: [cell({}), cell({ indicator: 'sangong_change', method: 'rule', deviation: null, value: 2 })] },
  { unit_id: 'u2', unit_name: '乙单位', year: 2023, peer_group: '第1区', unit_type: '其他', flags: 1, cells: [cell({ unit_id: 'u2', deviation: null, value: 0.1, median: 2.5 })] }
];

describe('deviationChartOption', () => {
  const option = deviationChartOption(summary, units, 3.5, (id, ind) => `${id} ${ind} 的原因`);
  const series = option.series as { type: string; data: { value: number[]; reason: string; unit: string }[] }[];

  it('has a row per measured peer indicator only, boxes clipped to the axis', () => {
    expect((option.yAxis as { data: string[] }).data).toEqual(['人均公用经费']);
    expect(series[0]!.data).toEqual([[-1.2, -0.6, 0, 0.7, 1.4]]);
    expect((option.xAxis as { max: number }).max).toBe(8);
  });

  it('draws flagged units at their deviation (the axis edge beyond it, or on their side when MAD is 0), reason in the tooltip', () => {
    const points = series[1]!.data;
    expect(points.map((p) => p.value)).toEqual([[8, 0], [-8, 0]]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const tip = formatter({ seriesType: 'scatter', name: '', data: points[0] });
    expect(tip).toBe('&lt;b&gt;甲单位&lt;/b&gt;<br/>u1 public_funds_per_staff 的原因');
    expect(option.aria.label.description).toContain('预警 2 项：<b>甲单位</b>：u1 public_funds_per_staff 的原因');
  });

  it('says so when nothing is flagged', () => {
    const quiet = deviationChartOption(summary, [], 3.5, () => '');
    expect(quiet.aria.label.description).toContain('没有超出阈值的单位');
  });
});
