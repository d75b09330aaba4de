import { describe, expect, it } from 'vitest';
import { defaultJobs, groupParts, parseIngestArgs } from './args';

const defaults = { outDir: 'data', groups: [], quiet: false, timeoutMs: 30_000, maxMemoryMb: 512, jobs: defaultJobs(), lakeDir: null, shard: null, exportOnly: false };

describe('parseIngestArgs', () => {
  it.each([
    [[], defaults],
    [['--out', 'x', 'a.txt'], { ...defaults, outDir: 'x', groups: [['a.txt']] }],
    [['--join', 'n.pdf', 't.pdf', 'b.txt'], { ...defaults, groups: [['n.pdf', 't.pdf'], ['b.txt']] }],
    [['--quiet', 'a.txt'], { ...defaults, groups: [['a.txt']], quiet: true }],
    [['--timeout', '2.5', '--max-memory', '256', '--jobs', '1', 'a.txt'], { ...defaults, groups: [['a.txt']], timeoutMs: 2_500, maxMemoryMb: 256, jobs: 1 }],
    [['--lake', '/l', '--shard', '2/4', 'a.txt'], { ...defaults, groups: [['a.txt']], lakeDir: '/l', shard: { index: 1, count: 4 } }],
    [['--export-only', '--lake', '/l'], { ...defaults, lakeDir: '/l', exportOnly: true }]
  ])('%j', (argv, expected) => {
    expect(parseIngestArgs(argv)).toEqual({ ok: true, args: expected });
  });

  it.each([
    [['--out'], '--out'],
    [['--join', 'only.pdf'], '--join'],
    [['--frobnicate'], '--frobnicate'],
    [['--timeout'], '--timeout'],
    [['--timeout', '0'], '--timeout'],
    [['--max-memory', 'lots'], '--max-memory'],
    [['--jobs', '1.5'], '--jobs'],
    [['--lake'], '--lake'],
    [['--shard', '0/2'], '--shard'],
    [['--shard', '3/2'], '--shard'],
    [['--shard', 'half'], '--shard']
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

  it('looks at file names only: a folder called x_part1/ holds unrelated documents', () => {
    expect(groupParts(['budget_part1/a.txt', 'budget_part1/b.txt'])).toEqual([['budget_part1/a.txt'], ['budget_part1/b.txt']]);
    expect(groupParts(['x_part1/a_part1.txt', 'x_part2/a_part2.txt'])).toEqual([['x_part1/a_part1.txt'], ['x_part2/a_part2.txt']]);
  });

  it('joins only a complete set of one format with distinct part numbers', () => {
    expect(groupParts(['d/a_part1.txt', 'd/a_part2.pdf'])).toEqual([['d/a_part1.txt'], ['d/a_part2.pdf']]);
    expect(groupParts(['d/a_part1_x.txt', 'd/a_part1_y.txt'])).toEqual([['d/a_part1_x.txt'], ['d/a_part1_y.txt']]);
    expect(groupParts(['d/a_part2.txt'])).toEqual([['d/a_part2.txt']]);
    expect(groupParts(['d/a_part1.txt', 'd/a_part3.txt'])).toEqual([['d/a_part1.txt'], ['d/a_part3.txt']]);
    expect(groupParts(['d/A-Part2.TXT', 'd/a_part1.txt'])).toEqual([['d/a_part1.txt', 'd/A-Part2.TXT']]);
    expect(groupParts(['d/a_part12.txt', 'd/a_part1.txt'])).toEqual([['d/a_part1.txt'], ['d/a_part12.txt']]);
    expect(groupParts(['d/a_partial.txt', 'd/a_part1x.txt'])).toEqual([['d/a_partial.txt'], ['d/a_part1x.txt']]);
  });
});
