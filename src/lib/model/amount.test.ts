import { describe, expect, it } from 'vitest';
import { formatWanyuanDisplay, formatWanyuanExact, isAmountToken, isDamagedAmountToken, parseAmount, sum } from './amount';

describe('parseAmount', () => {
  it.each([
    ['305.50', '万元', 305_500_000],
    ['1,234.56', '万元', 1_234_560_000],
    ['21,955.35', '万元', 21_955_350_000],
    ['1895.00', '万元', 1_895_000_000],
    ['0.34', '万元', 340_000],
    ['2,120,950.00', '元', 212_095_000],
    ['31,214,205.80', '元', 3_121_420_580],
    ['12604173', '元', 1_260_417_300],
    ['79,189,400.34', '元', 7_918_940_034],
    ['-3.00', '万元', -3_000_000],
    ['0', '元', 0],
    ['12.3456', '万元', 12_345_600]
  ] as const)('%s %s → %i 分', (text, unit, fen) => {
    expect(parseAmount(text, unit)).toBe(fen);
  });

  it.each(['', '万元', '1,23.4', '12..3', '2023年', 'abc', '1.2.3', '１２'])('unparseable %j → null, never 0', (text) => {
    expect(parseAmount(text, '万元')).toBeNull();
  });

  it('rejects fractions of a 分 in a 元 table', () => {
    expect(parseAmount('1.234', '元')).toBeNull();
    expect(parseAmount('1.230', '元')).toBe(123);
  });

  it('recognises amount tokens only', () => {
    expect(isAmountToken('1,234.56')).toBe(true);
    expect(isAmountToken('201')).toBe(true);
    expect(isAmountToken('97.05%')).toBe(false);
  });
});

describe('formatting', () => {
  it('writes exact 万元 without rounding (元 tables keep their 分)', () => {
    expect(formatWanyuanExact(212_095_000)).toBe('212.095');
    expect(formatWanyuanExact(305_500_000)).toBe('305.50');
    expect(formatWanyuanExact(0)).toBe('0.00');
    expect(formatWanyuanExact(-3_000_000)).toBe('-3.00');
    expect(formatWanyuanExact(3_121_420_580)).toBe('3121.42058');
  });

  it('rounds half-up only for display', () => {
    expect(formatWanyuanDisplay(212_095_000)).toBe('212.10');
    expect(formatWanyuanDisplay(212_094_999)).toBe('212.09');
    expect(formatWanyuanDisplay(3_121_420_580, { grouping: true })).toBe('3,121.42');
    expect(formatWanyuanDisplay(-4_999)).toBe('0.00');
  });

  it('sums exactly where floats drift', () => {
    const parts = ['0.1', '0.2', '0.3'].map((text) => parseAmount(text, '万元')!);
    expect(sum(parts)).toBe(parseAmount('0.6', '万元'));
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
  });
});

describe('isDamagedAmountToken', () => {
  it.each([
    ['28,849.l8', true],
    ['45.0O', true],
    ['b7.75', true],
    ['I.75', true],
    ['4D.00', true],
    ['0.o0', true],
    ['029.30', true],
    ['00.00', true],
    ['0,271.22', true],
    ['0.30', false],
    ['0,00', true],
    ['3,233。03', true],
    ['1.234,56', true],
    ['1,234.56', false],
    ['2023.', false],
    ['1.', false],
    ['45.00', false],
    ['1,234', false],
    ['IO', false],
    ['2023年', false],
    ['Lobby', false],
    ['S.B', false],
    ['一般公共预算', false]
  ])('%s → %s', (text, damaged) => {
    expect(isDamagedAmountToken(text)).toBe(damaged);
  });
});
