/** Row sums as a tie-breaker for ambiguous placements: total = Σ parts, blanks count as zero. */
import { parseAmount, type MeasureUnit } from '../../model/amount';
import type { RowArithmetic } from './assign';

export function sumsArithmetic(sums: readonly [string, readonly string[]][], unit: MeasureUnit) {
  return (keys: readonly string[]): RowArithmetic | undefined => {
    const usable = sums.filter(([total, parts]) => keys.includes(total) && parts.some((part) => keys.includes(part)));
    if (usable.length === 0) return undefined;
    return (values) => {
      const byKey = new Map<string, number>();
      for (const [col, text] of values) {
        const fen = parseAmount(text, unit);
        if (fen === null) return usable.length;
        const key = keys[col];
        // A column outside the keys takes part in no sum.
        if (key !== undefined) byKey.set(key, fen);
      }
      return usable.filter(([total, parts]) => (byKey.get(total) ?? 0) !== parts.reduce((acc, part) => acc + (byKey.get(part) ?? 0), 0)).length;
    };
  };
}
