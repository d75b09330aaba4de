/**
 * Pins the seed-text extraction exactly as it was before the layout-text work: page count,
 * each page's first and last line number and line count, and a digest of the whole document.
 * A change here changes every figure's SourceRef, so it must be deliberate.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractText } from './text';

const SEEDS: { name: string; lines: number; pages: [number, number, number][]; digest: string }[] = [
  {
    name: '000_96d04baec0ec31c5.txt',
    lines: 1092,
    pages: [[1,39,20],[43,83,21],[87,99,7],[103,169,37],[173,324,79],[328,477,79],[481,547,38],[551,639,45],[643,689,26],[693,753,31],[757,887,70],[891,921,19],[925,939,8],[943,968,14],[972,1014,22],[1018,1062,23],[1066,1110,23],[1114,1158,23],[1162,1206,23],[1210,1254,23],[1258,1302,23],[1306,1348,22],[1352,1514,91],[1518,1692,100],[1696,1871,98],[1875,2042,95],[2046,2056,6],[2060,2100,21],[2104,2112,5]],
    digest: 'bc6d772304c07bdae53a2e1e7094552210d1f0034724446bcce5d4f11e3b5708'
  },
  {
    name: '001_f7859c67d4b429b5.txt',
    lines: 1229,
    pages: [[1,47,24],[48,96,25],[97,117,11],[118,190,37],[191,299,57],[300,376,40],[377,422,24],[423,504,42],[505,550,24],[551,613,32],[614,701,47],[702,719,10],[720,737,10],[738,765,15],[766,810,23],[811,855,23],[859,861,2],[862,908,24],[909,957,25],[958,1006,25],[1010,1010,1],[1011,1059,25],[1063,1065,2],[1066,1106,21],[1107,1147,21],[1148,1320,99],[1324,1504,102],[1508,1683,100],[1687,1872,107],[1873,2073,116],[2074,2236,91],[2237,2283,24]],
    digest: '11a82338a3a44ec2226ec3c73bf8fcccd7f7d9d62cd278904d87b61535a9fad7'
  }
];

describe('seed text extraction is pinned', () => {
  test.each(SEEDS)('$name', ({ name, lines, pages, digest }) => {
    const result = extractText(name, readFileSync(new URL(`../../../seeds/${name}`, import.meta.url)));
    if (!result.ok) throw new Error(result.error.message);
    const { document } = result;
    expect(document.format).toBe('seed-text');
    expect(document.encoding).toBe('utf-8');
    expect(document.lines).toHaveLength(lines);
    expect(document.pages.map((page) => [page.lines[0]!.line, page.lines.at(-1)!.line, page.lines.length])).toEqual(pages);
    expect(document.pages.map((page) => page.number)).toEqual(pages.map((_, index) => index + 1));
    expect(document.lines.every((line) => !line.positioned && line.cells.every((cell) => cell.x0 === undefined))).toBe(true);
    expect(createHash('sha256').update(JSON.stringify(document)).digest('hex')).toBe(digest);
  });
});
