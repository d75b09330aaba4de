import { describe, expect, it } from 'vitest';
import type { ExecutionRow } from './query';
import { differenceText, executionCsv, executionRateOption, groupExecution, rateText } from './view';

const row = (patch: Partial<ExecutionRow>): ExecutionRow => ({
  unit_id: 'u1', unit_name: '上海市普陀区财政局', year: 2024, doc_scope: '部门', final_doc_id: 'f1', budget_doc_id: 'b1',
  budget_basis: 'prior', budget_scope: '部门', item: 'appropriation', label: '财政拨款', budget: 3013.8, budget_in_final: null,
  final: 2940.05, difference: -73.75, rate: 2940.05 / 3013.8, ...patch
});

describe('execution view', () => {
  it('groups per unit-year and names both sources', () => {
    const [g] = groupExecution([row({}), row({ item: 'basic', label: '基本支出', budget: null, final: 2336.91, difference: null, rate: null })]);
    expect(g).toMatchObject({ unit_name: '上海市普陀区财政局', year: 2024, budgetSource: '2025 年度部门预算说明所列上年数', finalSource: '2024 年度部门决算' });
    expect(g!.items.map((r) => r.item)).toEqual(['appropriation', 'basic']);
  });

  it.each([
    [{ rate: 2940.05 / 3013.8, difference: -73.75 }, '97.55%', '-73.75'],
    [{ rate: null, difference: null }, '—', '—'],
    [{ rate: 1.1, difference: 12.5 }, '110.00%', '+12.50']
  ])('rate and difference %j', (patch, rate, difference) => {
    expect(rateText(row(patch))).toBe(rate);
    expect(differenceText(row(patch))).toBe(difference);
  });

  it('draws units with a rate and names those without one, never as 0 %', () => {
    const groups = groupExecution([row({}), row({ unit_id: 'u2', unit_name: '无预算单位', final_doc_id: 'f2', budget_doc_id: null, budget: null, difference: null, rate: null })]);
    const option = executionRateOption(groups);
    const series = (option as unknown as { series: { data: number[] }[] }).series[0]!;
    expect(series.data).toEqual([2940.05 / 3013.8]);
    expect(option.title.subtext).toBe('虚线为 100%；无可比预算数：无预算单位');
  });
});

describe('execution CSV', () => {
  it('has numbers as numbers, blanks for missing, and the sources', () => {
    const csv = executionCsv(groupExecution([row({}), row({ item: 'basic', label: '基本支出', budget: null, final: 2336.91, difference: null, rate: null })]), '部门优先');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF单位,年度,项目,预算（万元）,决算表所列预算数（万元）,决算（万元）,差额（万元）,执行率,预算来源,决算来源,口径',
      '上海市普陀区财政局,2024,财政拨款,3013.80,,2940.05,-73.75,97.55%,2025 年度部门预算说明所列上年数,2024 年度部门决算,部门优先',
      '上海市普陀区财政局,2024,基本支出,,,2336.91,,,2025 年度部门预算说明所列上年数,2024 年度部门决算,部门优先',
      ''
    ]);
  });
});
