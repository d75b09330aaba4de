/** Message pieces in Chinese: amounts in 万元 and labels of tables and rows (model/labels.ts). */
import { formatWanyuanDisplay, formatWanyuanExact, type Fen } from '../../model/amount';
import type { SourceRef } from '../../model/source';

export { cellLabel, measureLabel, rowLabel, tableLabel } from '../../model/labels';

/** "12.34 万元" as printed; exact decimals when the figure has more than two. */
export function wan(fen: Fen): string {
  return `${formatWanyuanExact(fen)} 万元`;
}

/** The exact 万元 decimal for Finding.expected/actual. */
export const exact = formatWanyuanExact;
export const display = formatWanyuanDisplay;

export function lineLabel(source: SourceRef | undefined): string {
  return source ? `第 ${source.line} 行` : '';
}
