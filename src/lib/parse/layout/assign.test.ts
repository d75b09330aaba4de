import { describe, expect, it } from 'vitest';
import { assignFigures } from './assign';
import { sumsArithmetic } from './arithmetic';

const at = (text: string, x0: number, x1: number) => ({ text, x0, x1 });

describe('assignFigures', () => {
  const anchors = [40, 56, 72];

  it('places a full row by order, whatever the positions', () => {
    expect(assignFigures([at('1', 0, 1), at('2', 2, 3), at('3', 4, 5)], anchors, 1).columns).toEqual([0, 1, 2]);
  });

  it('places a partial row by position (blank middle cell)', () => {
    expect(assignFigures([at('100,000.00', 36, 46), at('100,000.00', 66, 76)], anchors, 1).columns).toEqual([0, 2]);
  });

  it('leaves a figure between two columns unplaced, with a reason', () => {
    const result = assignFigures([at('5.00', 46, 50)], anchors, 1);
    expect(result.columns).toEqual([null]);
    expect(result.reason).toMatch(/两列之间/);
  });

  it('lets the row arithmetic settle a near tie', () => {
    // total | outbound | reception: 0.95 sits between outbound and reception.
    const arithmetic = sumsArithmetic([['total', ['outbound', 'reception']]], '万元')(['total', 'outbound', 'reception']);
    const figures = [at('0.95', 8, 12), at('0.95', 30, 34)];
    const noSums = assignFigures(figures, [4, 24, 36], 1, { margin: 12 });
    expect(noSums.columns).toContain(null);
    // 2.00 lies halfway between total and outbound; only total = outbound + reception holds.
    const settled = assignFigures([at('2.00', 12, 16), at('2.00', 34, 38)], [4, 24, 36], 1, { margin: 8 });
    expect(settled.columns).toEqual([null, 2]);
    const withSums = assignFigures([at('2.00', 12, 16), at('2.00', 34, 38)], [4, 24, 36], 1, { margin: 8, arithmetic });
    expect(withSums.columns).toEqual([0, 2]);
    const consistent = assignFigures([at('0.95', 2, 6), at('0.95', 30, 34)], [4, 24, 36], 1, { margin: 12, arithmetic });
    expect(consistent.columns).toEqual([0, null]); // 出国 or 接待 both satisfy the sum: never guess
  });

  it('refuses a row with more figures than columns', () => {
    expect(assignFigures([at('1', 0, 1), at('2', 2, 3), at('3', 4, 5), at('4', 6, 7)], anchors, 1).columns).toEqual([null, null, null, null]);
  });

  it('works the same in PDF points as in character columns', () => {
    const scale = 7.3;
    const figures = [at('100,000.00', 36 * scale, 46 * scale), at('100,000.00', 66 * scale, 76 * scale)];
    expect(assignFigures(figures, anchors.map((x) => x * scale), scale).columns).toEqual([0, 2]);
  });
});
