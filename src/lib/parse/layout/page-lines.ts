/** Line kinds inside a table region: page numbers, the unit line, notes, data and header lines. */
import type { MeasureUnit } from '../../model/amount';
import type { Line } from '../../extract/types';
import { isFigure, type Token } from './tokens';

/** A lone page number ("12", "- 12 -", "第12页") at the top or bottom of a page. */
export function isPageNumberLine(line: Line, pageLines: readonly Line[]): boolean {
  const edge = line === pageLines[0] || line === pageLines[pageLines.length - 1];
  return edge && /^(?:[-—－]\s*)?\d{1,4}(?:\s*[-—－])?$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?$/.test(line.text.trim());
}

/** 单位：元 / 单位:万元 as printed above a table (full- or half-width colon). */
export function unitOfLine(line: Line): MeasureUnit | null {
  const match = /单位\s*[:：]\s*(万元|元)/.exec(line.text);
  return match ? (match[1] as MeasureUnit) : null;
}

/** Lines above the header that name the table's owner or unit. */
export function isPreambleLine(line: Line): boolean {
  return unitOfLine(line) !== null || /编制(部门|单位)\s*[:：]/.test(line.text);
}

/** 注：… under a table, or the single word 无 that empty tables print. */
export function isNoteLine(line: Line): boolean {
  const text = line.text.trim();
  return /^注\s*[:：]/.test(text) || /^(无|本表无数据|此表无数据)[。.]?$/.test(text);
}

/**
 * A row of the table body: it carries a figure, starts with a class code, or is a total or
 * numbered row label (一、… / 1. …) that may have only blank cells.
 */
export function isDataLine(line: Line, tokens: readonly Token[]): boolean {
  if (tokens.some((token) => isFigure(token.text) && !/^\d{1,3}$/.test(token.text))) return true;
  const first = tokens[0]?.text ?? '';
  if (/^\d{3}$/.test(first) && tokens.length > 1) return true;
  if (/^\d{3}(\d{2}){1,2}$/.test(first)) return true;
  if (/^(合\s*计|总\s*计|收入总计|支出总计)$/.test(first)) return true;
  if (/^[一二三四五六七八九十]+、|^\d+\s*[.、]\s*\S/.test(first)) return true;
  return tokens.length > 0 && tokens.every((token) => isFigure(token.text));
}
