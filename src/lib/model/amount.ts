/**
 * Exact amounts. Every figure is held as an integer number of 分 (0.01 元):
 * 1 万元 = 1_000_000 分, so 元 tables convert to 万元 without rounding
 * (2,120,950.00 元 = 212,095,000 分 = 212.095 万元). Safe-integer range covers
 * ±9e13 元, far beyond any budget. Floats never enter a sum.
 */
export type Fen = number;
export type MeasureUnit = '元' | '万元';

export const FEN_PER_YUAN = 100;
export const FEN_PER_WANYUAN = 1_000_000;

const NUMBER_TOKEN = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** An amount with decimals whose whole part starts with a 0 that is not alone ("029.30", "00.00"): no table prints one. */
const LEADING_ZERO_AMOUNT = /^[-−]?0[\d,]+\.\d+$/;
/** Digits and separators ending in a separator and two decimals that are no clean amount ("0,00", "3,233。03", "1.234,56"). */
const BROKEN_SEPARATORS = /^[-−]?[\d,.。，]*\d[,.。，]\d{2}$/;

/** True when `text` is a number as tables print it: 1,234.56 · 1234.56 · 1234 · -3.00 */
export function isAmountToken(text: string): boolean {
  return NUMBER_TOKEN.test(text) && !LEADING_ZERO_AMOUNT.test(text);
}

/** Letters a scan or a retyping puts where a digit was (O for 0, l for 1, b for 6, …). */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', D: '0', l: '1', I: '1', Z: '2', S: '5', b: '6', B: '8', g: '9' };

/**
 * Text that was meant as an amount but is not a clean one ("28,849.l8", "45.0O"): digits with
 * look-alike letters that would be an amount with the letters read as digits. Such a cell is a
 * figure nobody can read with certainty — never a word of a row's name, never a 0.
 */
export function isDamagedAmountToken(text: string): boolean {
  if (LEADING_ZERO_AMOUNT.test(text)) return true;
  if (BROKEN_SEPARATORS.test(text) && !NUMBER_TOKEN.test(text)) return true;
  if (NUMBER_TOKEN.test(text) || !/\d/.test(text) || !/[.,]/.test(text)) return false;
  const asDigits = text.replace(/[ODolIZSbBg]/g, (letter) => DIGIT_LOOKALIKES[letter]!);
  return asDigits !== text && NUMBER_TOKEN.test(asDigits);
}

/**
 * Parse a printed figure in the given unit into 分. Unparseable → null (never 0).
 * A figure with more decimals than the unit can hold exactly in 分 is rejected (null).
 */
export function parseAmount(text: string, unit: MeasureUnit): Fen | null {
  const trimmed = text.trim();
  if (!isAmountToken(trimmed)) return null;
  const negative = trimmed.startsWith('-') || trimmed.startsWith('−');
  const digits = trimmed.replace(/^[-−]/, '').replace(/,/g, '');
  const [whole, fraction = ''] = digits.split('.');
  const scaleDigits = unit === '万元' ? 6 : 2;
  if (fraction.length > scaleDigits) {
    // Extra digits are allowed only when they are zeros (e.g. 12.3400000 万元).
    if (/[^0]/.test(fraction.slice(scaleDigits))) return null;
  }
  const padded = (fraction + '0'.repeat(scaleDigits)).slice(0, scaleDigits);
  const value = Number(whole) * 10 ** scaleDigits + Number(padded || '0');
  if (!Number.isSafeInteger(value)) return null;
  return negative ? -value : value;
}

/** Exact 万元 decimal for data files: at least two decimals, no trailing zeros beyond. */
export function formatWanyuanExact(fen: Fen): string {
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / FEN_PER_WANYUAN);
  let fraction = String(abs % FEN_PER_WANYUAN).padStart(6, '0').replace(/0+$/, '');
  if (fraction.length < 2) fraction = fraction.padEnd(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** 万元 rounded half-up (away from zero) to two decimals, for display only. */
export function formatWanyuanDisplay(fen: Fen, options: { grouping?: boolean } = {}): string {
  const negative = fen < 0;
  const hundredths = Math.floor((Math.abs(fen) + 5_000) / 10_000);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  const wholeText = options.grouping ? whole.toLocaleString('en-US') : String(whole);
  return `${negative && hundredths > 0 ? '-' : ''}${wholeText}.${fraction}`;
}

/** Converts a stated 万元 figure (e.g. from narrative) to 分. */
export function wanyuan(text: string): Fen | null {
  return parseAmount(text, '万元');
}

export function sum(values: Iterable<Fen | null | undefined>): Fen {
  let total = 0;
  for (const value of values) if (value != null) total += value;
  return total;
}
