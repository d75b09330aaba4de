import { describe, expect, it } from 'vitest';
import { groupParts, parseIngestArgs } from './args';

describe('parseIngestArgs', () => {
  it.each([
    [[], { outDir: 'data', groups: [], quiet: false }],
    [['--out', 'x', 'a.txt'], { outDir: 'x', groups: [['a.txt']], quiet: false }],
    [['--join', 'n.pdf', 't.pdf', 'b.txt'], { outDir: 'data', groups: [['n.pdf', 't.pdf'], ['b.txt']], quiet: false }],
    [['--quiet', 'a.txt'], { outDir: 'data', groups: [['a.txt']], quiet: true }]
  ])('%j', (argv, expected) => {
    expect(parseIngestArgs(argv)).toEqual({ ok: true, args: expected });
  });

  it.each([
    [['--out'], '--out'],
    [['--join', 'only.pdf'], '--join'],
    [['--frobnicate'], '--frobnicate']
  ])('refuses %j in Chinese, naming the option', (argv, option) => {
    const parsed = parseIngestArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(option);
  });
});

describe('groupParts', () => {
  it('joins the parts of one document in part order and leaves the rest alone', () => {
    expect(
      groupParts(['c/05_x_part2_tables.pdf', 'c/04_y.pdf', 'c/05_x_part1_narrative.pdf'])
    ).toEqual([['c/04_y.pdf'], ['c/05_x_part1_narrative.pdf', 'c/05_x_part2_tables.pdf']]);
  });
});
