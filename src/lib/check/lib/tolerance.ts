/**
 * Tolerances of RULES.md, computed exactly on integers (分 and BigInt), never on floats.
 * - same unit: figures differ by less than 0.01 万元 (10_000 分); a difference of one printed
 *   cent (0.01) is a real difference.
 * - 万元-printed against 元-printed: the rounding of the printed 万元 (±0.005 万元, inclusive).
 * - a stated percentage: 0.01 point when printed with two (or more) decimals, otherwise half a
 *   unit of its last printed digit.
 */
import type { Fen } from '../../model/amount';
import type { MeasureUnit } from '../../model/amount';
import type { Percent } from '../../model/disclosure';

export const SAME_UNIT_TOLERANCE: Fen = 10_000;
export const MIXED_UNIT_TOLERANCE: Fen = 5_000;

export function amountsAgree(a: Fen, b: Fen, units: [MeasureUnit, MeasureUnit] = ['万元', '万元']): boolean {
  const diff = Math.abs(a - b);
  return units[0] === units[1] ? diff < SAME_UNIT_TOLERANCE : diff <= MIXED_UNIT_TOLERANCE;
}

/** Tolerance of a stated percentage, in hundredths of a point. */
export function percentToleranceHundredths(percent: Percent): bigint {
  if (percent.decimals >= 2) return 1n;
  return percent.decimals === 1 ? 5n : 50n;
}

/** Does `percent` state numerator/denominator (× 100%) within its printing tolerance? */
export function percentAgrees(percent: Percent, numerator: Fen, denominator: Fen): boolean {
  if (denominator === 0) return false;
  const num = BigInt(Math.abs(numerator));
  const den = BigInt(Math.abs(denominator));
  const stated = BigInt(percent.hundredths);
  // |stated/100 − 100·num/den| ≤ tol/100  ⇔  |stated·den − 10000·num| ≤ tol·den
  const diff = stated * den - 10_000n * num;
  const abs = diff < 0n ? -diff : diff;
  return abs <= percentToleranceHundredths(percent) * den;
}

/** numerator/denominator as a percentage with two decimals, half-up (for messages only). */
export function formatRatio(numerator: Fen, denominator: Fen): string {
  if (denominator === 0) return '—';
  const num = BigInt(Math.abs(numerator));
  const den = BigInt(Math.abs(denominator));
  const hundredths = (num * 20_000n + den) / (2n * den);
  const sign = (numerator < 0) !== (denominator < 0) && hundredths > 0n ? '-' : '';
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0');
  return `${sign}${whole}.${frac}%`;
}
