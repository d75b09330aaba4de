import { describe, expect, it } from 'vitest';
import { pct, w } from '../testing/builder';
import { amountsAgree, formatRatio, percentAgrees } from './tolerance';

describe('amountsAgree', () => {
  it.each([
    ['6.23', '6.24', ['万元', '万元'], false], // one printed cent is a real difference
    ['6.23', '6.2349', ['万元', '万元'], true],
    ['212.10', '212.095', ['万元', '元'], true], // 万元 rounding of a 元 figure: ±0.005 inclusive
    ['212.10', '212.0949', ['万元', '元'], false]
  ] as const)('%s vs %s in %j → %s', (a, b, units, agree) => {
    expect(amountsAgree(w(a), w(b), [...units])).toBe(agree);
  });
});

describe('percentAgrees (exact integers, stated hundredths vs the exact rational)', () => {
  it.each([
    ['13.64', '14.71', '107.77', true], // 13.6494…% is within 0.01 point (seed 001 机关运行经费)
    ['13.66', '14.71', '107.77', false],
    ['13.63', '14.71', '107.77', false],
    ['0.81', '3.00', '373.29', true], // 0.8037%
    ['0.79', '3.00', '373.29', false],
    ['80.3', '376.03', '468.53', true], // one decimal: ±0.05
    ['80.2', '376.03', '468.53', false],
    ['80', '376.03', '468.53', true], // no decimals: ±0.5
    ['81', '376.03', '468.53', false],
    ['150.00', '3.00', '2.00', true]
  ] as const)('%s%% of %s / %s → %s', (stated, num, den, agree) => {
    expect(percentAgrees(pct(stated), w(num), w(den))).toBe(agree);
  });
  it('never agrees with a zero denominator', () => expect(percentAgrees(pct('100'), w('1'), 0)).toBe(false));
  it('formats half-up to two decimals', () => {
    expect(formatRatio(w('14.71'), w('107.77'))).toBe('13.65%');
    expect(formatRatio(w('3.00'), w('373.29'))).toBe('0.80%');
  });
});
