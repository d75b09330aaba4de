/**
 * pdfjs text items → upright glyph runs: each run's baseline y and x-range in PDF points on the
 * page as displayed (viewport at scale 1: /Rotate applied, y growing downwards). When most of a
 * page's text runs down or up the page (a landscape table drawn rotated on a portrait page), the
 * coordinates are turned so that text reads left to right, as pdftotext does.
 */

/** The part of a pdfjs TextItem used here. */
export interface RawItem {
  str: string;
  /** Text matrix [a, b, c, d, e, f] in PDF user space. */
  transform: number[];
  /** Advance width in user-space units along the text direction. */
  width: number;
}

export interface GlyphRun {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, points from the top of the upright page. */
  y: number;
  /** Font size in points (the text matrix's horizontal scale). */
  size: number;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!
  ];
}

/** Quarter turns (0–3) of a direction in device space (y down): 1 = text running down the page. */
function quarter(dx: number, dy: number): number {
  return ((Math.round(Math.atan2(dy, dx) / (Math.PI / 2)) % 4) + 4) % 4;
}

/** Maps a device point so that text of `turn` quarter turns reads left to right. */
function upright(turn: number, width: number, height: number): (x: number, y: number) => [number, number] {
  switch (turn) {
    case 1:
      return (x, y) => [y, width - x];
    case 2:
      return (x, y) => [width - x, height - y];
    case 3:
      return (x, y) => [height - y, x];
    default:
      return (x, y) => [x, y];
  }
}

interface Placed {
  item: RawItem;
  m: Matrix;
  size: number;
  turn: number;
}

/**
 * @param viewportTransform page.getViewport({ scale: 1 }).transform
 * @param width, height the viewport's size in points
 */
export function glyphRuns(items: readonly RawItem[], viewportTransform: readonly number[], width: number, height: number): GlyphRun[] {
  const placed: Placed[] = [];
  const weight = [0, 0, 0, 0];
  for (const item of items) {
    if (item.str.trim() === '') continue; // spacer items: some producers give them absurd widths
    const m = multiply(viewportTransform, item.transform);
    const size = Math.hypot(m[0], m[1]);
    if (!(size > 0)) continue;
    const turn = quarter(m[0], m[1]);
    weight[turn]! += item.str.length;
    placed.push({ item, m, size, turn });
  }
  const main = weight.indexOf(Math.max(...weight));
  const map = upright(main, width, height);
  return placed.map(({ item, m, size }) => {
    const [sx, sy] = map(m[4], m[5]);
    const [ex, ey] = map(m[4] + (item.width * m[0]) / size, m[5] + (item.width * m[1]) / size);
    // Trailing or leading spaces inside an item take their share of its width.
    const chars = [...item.str];
    const lead = chars.length - [...item.str.trimStart()].length;
    const trail = chars.length - [...item.str.trimEnd()].length;
    const x0 = Math.min(sx, ex);
    const x1 = Math.max(sx, ex);
    const share = (x1 - x0) / chars.length;
    const horizontal = Math.abs(ey - sy) <= Math.abs(ex - sx);
    return {
      text: item.str.trim(),
      x0: horizontal ? x0 + lead * share : x0 - size / 2,
      x1: horizontal ? x1 - trail * share : x0 + size / 2,
      // Text across the main direction (a vertical label) sits on the line of its top end.
      y: horizontal ? sy : Math.min(sy, ey),
      size
    };
  });
}
