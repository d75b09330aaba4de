import { describe, expect, it } from 'vitest';
import { unitTrendOption, yearCategories } from './unit-trend';

// 上海市普陀区财政局 in the test dataset: 2024 决算 2940.05, 2024 预算 3013.8 (from the 2025 预算's
// narrative), 2025 预算 3121.42058; 2023 决算 from the 2024 决算's narrative has no appropriation.
const rows = [
  { year: 2025, basis: 'stated', doc_kind: '预算', doc_scope: '部门', appropriation: 3121.42058 },
  { year: 2024, basis: 'prior', doc_kind: '预算', doc_scope: '部门', appropriation: 3013.8 },
  { year: 2024, basis: 'stated', doc_kind: '决算', doc_scope: '部门', appropriation: 2940.05 },
  { year: 2023, basis: 'prior', doc_kind: '决算', doc_scope: '部门', appropriation: null },
  { year: 2021, basis: 'stated', doc_kind: '预算', doc_scope: '单位', appropriation: 100 },
  { year: 2021, basis: 'stated', doc_kind: '预算', doc_scope: '部门', appropriation: 120 }
] as const;

describe('unit trend', () => {
  it('keeps missing years as gaps', () => {
    expect(yearCategories([2025, 2021, 2024])).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(yearCategories([])).toEqual([]);
  });

  it('draws each kind of figure as its own series, gaps as null, the preferred 口径', () => {
    const option = unitTrendOption(rows, 'appropriation', 'dept') as unknown as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
    expect(option.xAxis.data).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['预算（当年预算文件）', [120, null, null, null, 3121.42058]],
      ['预算（次年预算说明所列上年数）', [null, null, null, 3013.8, null]],
      ['决算（当年决算文件）', [null, null, null, 2940.05, null]]
    ]);
    const unit = unitTrendOption(rows, 'appropriation', 'unit') as unknown as { series: { data: (number | null)[] }[] };
    expect(unit.series[0]!.data[0]).toBe(100);
  });
});
