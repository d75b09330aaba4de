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

/**
 * A narrative 万元 figure against a table printed in 元: the table figure rounded to the printed
 * decimals, or cut off there (Shanghai narratives truncate: 87.708 万元 is stated as 87.70).
 */
export function statedWanAgrees(stated: Fen, exact: Fen, units: [MeasureUnit, MeasureUnit]): boolean {
  if (amountsAgree(stated, exact, units)) return true;
  return units[0] !== units[1] && Math.trunc(exact / SAME_UNIT_TOLERANCE) * SAME_UNIT_TOLERANCE === stated;
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

/** Half a printed cent of 万元 (0.005 万元): how far a printed two-decimal 万元 figure may be from the exact one. */
const HALF_CENT_WAN = 5_000n;

/**
 * Does a stated change percentage fit two printed figures (this year and the stated prior
 * year, each rounded to 0.01 万元)? The exact figures may lie half a cent either way, which
 * matters for small figures (0.62 against 0.50 may be 22.22%). `signed` is the stated
 * percentage with the sign of the stated direction.
 */
export function percentFitsPrinted(percent: Percent, signedHundredths: number, amount: Fen, prior: Fen): boolean {
  const tol = percentToleranceHundredths(percent);
  const s = BigInt(signedHundredths);
  const a = BigInt(amount);
  const p = BigInt(prior);
  const pLow = p - HALF_CENT_WAN;
  const pHigh = p + HALF_CENT_WAN;
  if (pLow <= 0n) return true;
  // lowest ratio: (a−h)/(p+h) − 1; highest: (a+h)/(p−h) − 1 (hundredths of a point: ×10000)
  const loOk = (s + tol) * pHigh >= 10_000n * (a - HALF_CENT_WAN - pHigh);
  const hiOk = (s - tol) * pLow <= 10_000n * (a + HALF_CENT_WAN - pLow);
  return loOk && hiOk;
}
