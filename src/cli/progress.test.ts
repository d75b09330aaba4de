import { describe, expect, it } from 'vitest';
import { EXPORTING, formatSeconds, progressLine, startProgress } from './progress';

describe('progressLine', () => {
  it.each([
    [10, 100, 0, 2000, '[进度] 10/100 个文件 · 5.0 个/秒 · 预计剩余 18 秒'],
    [500, 1000, 3, 10_000, '[进度] 500/1000 个文件 · 50 个/秒 · 预计剩余 10 秒 · 失败 3'],
    [0, 10, 0, 0, '[进度] 0/10 个文件 · 0.0 个/秒 · 预计剩余 —']
  ])('%i/%i, %i failed after %i ms', (done, total, failed, elapsed, expected) => {
    expect(progressLine(done, total, failed, elapsed)).toBe(expected);
  });

  it('counts the export\'s files under its own tag', () => {
    expect(progressLine(3, 30, 0, 2000, EXPORTING)).toBe('[导出数据集] 3/30 项 · 1.5 项/秒 · 预计剩余 18 秒');
  });

  it.each([
    [4.25, '4.3 秒'],
    [75, '1 分 15 秒'],
    [7300, '2 小时 1 分']
  ])('formatSeconds(%f)', (seconds, expected) => expect(formatSeconds(seconds)).toBe(expected));
});

describe('startProgress', () => {
  it('rewrites one line on a terminal and ends it before a message', () => {
    let out = '';
    let clock = 0;
    const progress = startProgress({ total: 2, tty: true, quiet: false, write: (text) => (out += text), now: () => clock });
    clock = 1000;
    progress.step(false);
    progress.say('[跳过] a.pdf：损坏');
    clock = 2000;
    progress.step(true);
    progress.end();
    expect(out).toBe('\r[进度] 1/2 个文件 · 1.0 个/秒 · 预计剩余 1.0 秒\u001b[K\n[跳过] a.pdf：损坏\n\r[进度] 2/2 个文件 · 1.0 个/秒 · 预计剩余 0.0 秒 · 失败 1\u001b[K\n');
  });

  it('prints a line every interval when piped, and the last one', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = startProgress({ total: 4, tty: false, quiet: false, write: (text) => lines.push(text), now: () => clock, intervalMs: 5000 });
    for (const at of [1000, 2000, 6000, 7000]) {
      clock = at;
      progress.step(false);
    }
    expect(lines.map((line) => line.split(' ')[1])).toEqual(['3/4', '4/4']);
  });
});

describe('refusalSummary', () => {
  it('names each reason in Chinese with its count, and an unknown code as it is', async () => {
    const { refusalSummary } = await import('./ingest');
    expect(refusalSummary(new Map([['not-a-disclosure', 2], ['encrypted', 1], ['something-new', 1]]))).toBe('不是预算公开文件 2、PDF 已加密 1、something-new 1');
  });
});
