import { describe, expect, it } from 'vitest';
import { placeFigures, type Span } from './align';

const spans = (pairs: [number, number][]): Span[] => pairs.map(([x0, x1]) => ({ x0, x1 }));

// 06's 三公 row as laid out by pdftotext: headers and figures drift apart towards the right.
const HEADERS_06 = spans([[6, 10], [14, 18], [22, 30], [34, 38], [43, 51], [54, 64], [68, 74], [80, 86], [93, 99]]);
const FIGURES_06 = spans([[2, 10], [13, 19], [23, 29], [34, 40], [53, 59], [62, 68], [71, 77], [80, 88]]);
const VALUES_06 = [259937, 67012, 18000, 30440, 30440, 18572, 22800, 170125];

/** grand = 三公 + 会议 + 培训; 三公 = 出国 + 车 + 接待; 车 = 购置 + 运行 (missing columns are zero). */
function sangongAdds(values: number[]) {
  return (choice: number[]) => {
    const v = new Array(9).fill(0);
    choice.forEach((c, i) => (v[c] = values[i]));
    return v[0] === v[1] + v[7] + v[8] && v[1] === v[2] + v[3] + v[6] && v[3] === v[4] + v[5];
  };
}

describe('placeFigures', () => {
  it('with the arithmetic, leaves 购置费 blank in 06 despite the drift', () => {
    expect(placeFigures(FIGURES_06, HEADERS_06, sangongAdds(VALUES_06))).toEqual({ ok: true, columns: [0, 1, 2, 3, 5, 6, 7, 8] });
  });

  it('refuses when the arithmetic cannot hold', () => {
    const broken = [...VALUES_06];
    broken[0]! += 1;
    expect(placeFigures(FIGURES_06, HEADERS_06, sangongAdds(broken))).toMatchObject({ ok: false });
  });

  it('refuses when two placements are equally close', () => {
    // One figure exactly between two headers.
    expect(placeFigures(spans([[10, 14]]), spans([[4, 8], [16, 20]]))).toMatchObject({ ok: false });
  });

  it('places in order when nothing is blank', () => {
    expect(placeFigures(spans([[0, 5], [10, 15]]), spans([[1, 4], [11, 14]]))).toEqual({ ok: true, columns: [0, 1] });
  });

  it('refuses more figures than columns', () => {
    expect(placeFigures(spans([[0, 1], [2, 3]]), spans([[0, 1]]))).toMatchObject({ ok: false });
  });
});
