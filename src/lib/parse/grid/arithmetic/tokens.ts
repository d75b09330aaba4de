/**
 * Reading one printed table line of a text-only table: a classification code printed as
 * `201 03 01` (or `2010301`), a name, and the figures at the end of the line.
 */
import { isAmountToken, isDamagedAmountToken } from '../../../model/amount';

/** 功能分类 codes start with 2 (201…234), 经济分类 codes with 3 (301…399). */
export type CodeScheme = 'function' | 'economic';

const FIRST_DIGIT: Record<CodeScheme, string> = { function: '2', economic: '3' };

export interface RowLine {
  /** Joined code (201, 20103, 2010301) or null. */
  code: string | null;
  /** Tokens between the code and the figures. */
  nameTokens: string[];
  /** Figures as printed, in order. */
  figures: string[];
  /** True when the name is a 总计/合计 label. */
  isTotal: boolean;
}

/** The trailing run of amount tokens (damaged ones too: they are figures nobody can read, never part of the name). */
export function splitFigures(tokens: readonly string[]): { head: string[]; figures: string[] } {
  let start = tokens.length;
  while (start > 0 && (isAmountToken(tokens[start - 1]!) || isDamagedAmountToken(tokens[start - 1]!))) start--;
  return { head: tokens.slice(0, start), figures: tokens.slice(start) };
}

/** Reads a leading code: `201`, `201 03`, `201 03 01`, `20103`, `2010301` (scheme decides the first digit). */
export function readCode(tokens: readonly string[], scheme: CodeScheme): { code: string; length: number } | null {
  const first = tokens[0];
  if (first === undefined) return null;
  const lead = FIRST_DIGIT[scheme];
  if (/^\d{5}$|^\d{7}$/.test(first) && first.startsWith(lead)) return codeUnlessFigure(tokens, first, 1);
  if (!/^\d{3}$/.test(first) || !first.startsWith(lead)) return null;
  let code = first;
  let length = 1;
  while (length < 3 && /^\d{2}$/.test(tokens[length] ?? '')) {
    code += tokens[length]!;
    length++;
  }
  return codeUnlessFigure(tokens, code, length);
}

/** A bare number followed only by other numbers is a figures line, not a code (integers print without decimals). */
function codeUnlessFigure(tokens: readonly string[], code: string, length: number): { code: string; length: number } | null {
  const rest = tokens.slice(length);
  if (rest.length > 0 && rest.every((token) => isAmountToken(token)) && rest.some((token) => token.includes('.'))) {
    return length > 1 ? { code, length } : null;
  }
  return { code, length };
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

const TOTAL_LABEL = /^(总计|合计|本年支出合计|支出合计)$/;

export function isTotalLabel(text: string): boolean {
  return TOTAL_LABEL.test(compact(text));
}

/** Splits a line into code, name and figures. */
export function readRowLine(tokens: readonly string[], scheme: CodeScheme): RowLine {
  const code = readCode(tokens, scheme);
  const rest = code ? tokens.slice(code.length) : [...tokens];
  const { head, figures } = splitFigures(rest);
  return { code: code?.code ?? null, nameTokens: head, figures, isTotal: !code && head.length > 0 && isTotalLabel(head.join('')) };
}

/** 3 → 1 (类), 5 → 2 (款), 7 → 3 (项). */
export function codeLevel(code: string): number {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}

/** The nearest code that is a proper prefix (201 for 20103), among the codes seen. */
export function parentCode(code: string, known: ReadonlySet<string>): string | null {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const prefix = code.slice(0, length);
    if (known.has(prefix)) return prefix;
  }
  return null;
}
