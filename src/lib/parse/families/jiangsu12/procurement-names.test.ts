import { describe, expect, it } from 'vitest';
import { assignNames, centredRuns, fitColumns } from './procurement-names';

describe('procurement names', () => {
  it('splits evenly spaced fragments into bands centred on their figure lines (corpus 04, 办公设备购置 rows)', () => {
    const positions = [49, 50, 51, 52, 53, 54, 55, 56, 56, 57, 58, 59, 60, 61];
    const runs = centredRuns(positions, [49, 53, 56, 59]).map((run) => run.map((i) => positions[i]));
    expect(runs).toEqual([[49, 50], [51, 52, 53, 54, 55], [56, 56], [57, 58, 59, 60, 61]]);
  });

  it('reads each column of a row top to bottom, columns left to right', () => {
    const f = (text: string, x0: number, index: number) => ({ text, x0, x1: x0 + text.length, index });
    const fragments = [f('部门集中采', 51, 10), f('PC服务器', 41, 11), f('购', 51, 12), f('分散自行组', 51, 13), f('交换设备', 41, 14), f('织', 51, 15)];
    expect(assignNames(fragments, [11, 14])).toEqual(['PC服务器 / 部门集中采购', '交换设备 / 分散自行组织']);
  });

  it('counts CJK characters as one column when that lines the figures up (pdftotext padding by characters)', () => {
    // "政法、检测专    分散自行组" / "20.00" / "用设备       织", x as two columns per CJK character.
    const t = (text: string, x0: number, x1: number, figure: number | null = null) => ({ text, x0, x1, figure });
    const lines = [
      { page: 1, tokens: [t('政法、检测专', 33, 45), t('分散自行组', 49, 59)] },
      { page: 1, tokens: [t('20.00', 53, 58, 2000)] },
      { page: 1, tokens: [t('专用设备购置', 22, 34), t('40.00', 59, 64, 4000)] },
      { page: 1, tokens: [t('用设备', 33, 39), t('织', 46, 48)] }
    ];
    const spans = fitColumns(lines);
    expect(spans[0]![1]).toEqual({ x0: 43, x1: 48 });
    expect(spans[3]![1]).toEqual({ x0: 43, x1: 44 });
    expect(spans[2]![1]!.x1).toBe(spans[1]![0]!.x1);
  });
});
