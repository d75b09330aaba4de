/** Figures in normalised narrative text: "X万元" amounts and "Y%" percentages. */
import { wanyuan, type Fen } from '../../model/amount';
import type { Percent } from '../../model/disclosure';

export interface AmountToken {
  start: number;
  /** End of the unit (after 万元). */
  end: number;
  text: string;
  value: Fen | null;
}

export interface PercentToken {
  start: number;
  end: number;
  percent: Percent;
}

// A number directly before 万元 (never a year: "2023年" has no 万元), not a threshold (50万元以上).
const AMOUNT = /(?<![\d.,])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)万元(?!以上|以下|（含）)/g;
const PERCENT = /(?<![\d.,])(\d+(?:\.\d+)?)%/g;

export function findAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, text: m[1]!, value: wanyuan(m[1]!) });
  return out;
}

export function parsePercent(text: string): Percent {
  const [whole, fraction = ''] = text.split('.');
  const digits = fraction.length;
  // Hundredths exactly when ≤2 decimals; more decimals are rounded half-up (decimals keeps the truth).
  const scaled = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  const roundUp = digits > 2 && Number(fraction[2]) >= 5 ? 1 : 0;
  return { hundredths: scaled + roundUp, decimals: digits, text: `${text}%` };
}

export function findPercents(text: string): PercentToken[] {
  const out: PercentToken[] = [];
  PERCENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length, percent: parsePercent(m[1]!) });
  return out;
}
