import { describe, expect, test } from 'vitest';
import { glyphRuns } from './items';
import type { GlyphRun } from './items';
import { pageLines } from './lines';

const run = (text: string, x0: number, x1: number, y: number, size = 12): GlyphRun => ({ text, x0, x1, y, size });
const texts = (runs: GlyphRun[]) => pageLines(runs).map((line) => line.cells.map((cell) => cell.text));

describe('pageLines', () => {
  test('baselines within a third of the font size form one line, ordered top to bottom', () => {
    expect(texts([run('下', 10, 22, 120), run('上', 10, 22, 100), run('右', 300, 312, 101.5), run('中', 10, 22, 110)])).toEqual([
      ['上', '右'],
      ['中'],
      ['下']
    ]);
  });

  test('touching runs join without a space, word gaps with one, wide gaps split cells', () => {
    const lines = pageLines([run('201', 10, 28, 50), run('8', 28.2, 34, 50), run('年度', 40, 64, 50), run('合计', 200, 224, 50)]);
    expect(lines[0]!.cells).toEqual([
      { text: '2018', x0: 10, x1: 34 },
      { text: '年度', x0: 40, x1: 64 },
      { text: '合计', x0: 200, x1: 224 }
    ]);
  });

  test('a figure and a label in adjacent columns are separate cells even across a small gap', () => {
    const lines = pageLines([run('31,214,205.80', 343.46, 412.46, 9), run('一、一般公共服务支出', 416.46, 536.46, 9)]);
    expect(lines[0]!.cells.map((cell) => [cell.text, cell.x0, cell.x1])).toEqual([
      ['31,214,205.80', 343.46, 412.46],
      ['一、一般公共服务支出', 416.46, 536.46]
    ]);
  });

  test('words of one label across a word gap stay one cell', () => {
    expect(texts([run('1.', 61, 70, 9), run('一般公共预算资金', 74, 170, 9)])).toEqual([['1. 一般公共预算资金']]);
  });

  test('letter-spaced runs and a detached "%" are tidied', () => {
    expect(texts([run('江 苏 省', 10, 60, 9), run('增长 21.95', 70, 120, 9), run('%', 145, 153, 9), run('。', 153, 165, 9)])).toEqual([
      ['江苏省增长 21.95%。']
    ]);
  });

  test('text painted twice for fake bold is kept once', () => {
    expect(texts([run('合计', 10, 34, 50), run('合计', 10.3, 34.3, 50.2)])).toEqual([['合计']]);
  });

  test('garbled radicals are normalised in cells', () => {
    expect(texts([run('部\u2ED4预算', 10, 58, 9)])).toEqual([['部门预算']]);
  });
});

describe('glyphRuns', () => {
  const viewport = [1, 0, 0, -1, 0, 842]; // portrait A4, /Rotate 0
  test('items become runs in points from the top-left, spacer items are dropped', () => {
    const runs = glyphRuns(
      [
        { str: '合计', transform: [12, 0, 0, 12, 104, 200], width: 24 },
        { str: ' ', transform: [12, 0, 0, 12, 128, 200], width: 9660 },
        { str: '0.95 ', transform: [12, 0, 0, 12, 141, 200], width: 30 }
      ],
      viewport,
      595,
      842
    );
    expect(runs).toEqual([
      { text: '合计', x0: 104, x1: 128, y: 642, size: 12 },
      { text: '0.95', x0: 141, x1: 165, y: 642, size: 12 }
    ]);
  });

  test('text drawn running up a portrait page is turned to read left to right', () => {
    const upright = glyphRuns([{ str: 'AB', transform: [10, 0, 0, 10, 100, 742], width: 20 }], viewport, 595, 842);
    const turned = glyphRuns(
      [
        { str: 'AB', transform: [0, 10, -10, 0, 100, 100], width: 20 },
        { str: 'CD', transform: [0, 10, -10, 0, 120, 100], width: 20 }
      ],
      viewport,
      595,
      842
    );
    expect(upright[0]).toMatchObject({ x0: 100, x1: 120 });
    // Running up the page: the first line is the one furthest left; x grows with the PDF's y.
    expect(turned.map((item) => [item.text, item.x0, item.x1, item.y])).toEqual([
      ['AB', 100, 120, 100],
      ['CD', 100, 120, 120]
    ]);
  });
});
