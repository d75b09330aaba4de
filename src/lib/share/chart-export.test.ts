import { describe, expect, it } from 'vitest';
import { base, type ChartOption } from '../charts/common';
import { exportOption, footerHeight, legendNames, legendRowCount } from './chart-export';

const names = Array.from({ length: 12 }, (_, i) => `乌鲁木齐县第${i + 1}单位人民政府办公室`);
const option: ChartOption = {
  ...base('三公经费', '说明'),
  legend: { type: 'scroll', bottom: 0 },
  grid: { left: 8, right: 24, top: 60, bottom: 48, containLabel: true },
  series: names.map((name) => ({ type: 'line', name, data: [1, 2] }))
} as ChartOption;

describe('exportOption', () => {
  it('shows every legend entry (plain, in rows), drops the toolbox, adds the footer and the height it needs', () => {
    expect(legendNames(option)).toEqual(names);
    const rows = legendRowCount(names, 900);
    expect(rows).toBeGreaterThan(2);
    const footer = '口径：部门优先　导出日期：2026-12-06　来源：预算透视 数据集';
    const f = footerHeight(footer, 900);
    expect(f).toBe(30);
    expect(footerHeight(footer.repeat(3), 900)).toBe(46);
    const out = exportOption(option, footer, 900, 360);
    const o = out.option as Record<string, unknown>;
    expect(o.toolbox).toBeUndefined();
    expect(o.legend).toMatchObject({ type: 'plain', bottom: f });
    expect(out.height).toBe(360 + 24 * (rows - 1) + f);
    expect((o.grid as { bottom: number }).bottom).toBe(48 + 24 * (rows - 1) + f);
    const titles = o.title as { text: string }[];
    expect(titles[0]!.text).toBe('三公经费');
    expect(titles[1]!.text).toContain('来源：预算透视 数据集');
    // the page's option is left as it was
    expect((option.legend as { type: string }).type).toBe('scroll');
  });

  it('adds only the footer to a chart without a legend', () => {
    const plain = { ...base('排名', '说明'), series: [{ type: 'bar', data: [1] }] } as ChartOption;
    const out = exportOption(plain, 'x', 900, 300);
    expect(out.height).toBe(330);
    expect((out.option as Record<string, unknown>).legend).toBeUndefined();
  });
});
