/** Shared text helpers for chart options: exact-looking 万元 display and HTML escaping for tooltips. */
import { formatWanyuanDisplay, FEN_PER_WANYUAN } from '../model/amount';

/** Float64 万元 from the database → display text with two decimals (half-up, via 分), '—' when not stated. */
export function wan(value: number | null | undefined, grouping = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatWanyuanDisplay(Math.round(value * FEN_PER_WANYUAN), { grouping });
}

export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${(Math.round(share * 10_000) / 100).toFixed(2)}%`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** ECharts tooltips are HTML and names come from documents: escape every piece of text. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** 2 decimals for a chart axis value (万元); ECharts passes numbers. */
export function axisWan(value: number): string {
  return wan(value);
}

/**
 * A short axis label for a unit name: without a trailing （…） note, and when still long the start
 * and the end joined by "…" (names of one place share their start, units differ at the end).
 * The full name goes into the tooltip.
 */
export function shortUnitName(name: string, max = 12): string {
  const bare = name.replace(/[（(][^（）()]*[）)]$/, '') || name;
  const chars = [...bare];
  if (chars.length <= max) return bare;
  const head = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (max - 1 - head)).join('')}`;
}

/**
 * A finding's expected/actual text: an amount (万元, always written with a decimal point, maybe
 * converted from 元 with many decimals) shows with two decimals; a whole number is a year or a
 * count (2025, 16 人) and shows as it is, as does any other text.
 */
export function amountText(text: string | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  return /^-?\d+\.\d+$/.test(text.trim()) ? wan(Number(text)) : text;
}

/**
 * Amounts inside a finding's message ("6484.0547 万元", converted from 元) shown with two decimals;
 * a difference too small for that (|x| < 0.01 万元) is shown in 元 so it does not read as 0.00.
 */
export function tidyAmounts(message: string): string {
  return message.replace(/(-?\d+\.\d{3,})(\s*)万元/g, (_, digits: string, space: string) => {
    const value = Number(digits);
    if (Math.abs(value) < 0.01 && value !== 0) return `${(Math.round(value * 1_000_000) / 100).toFixed(2)}${space}元`;
    return `${wan(value)}${space}万元`;
  });
}
