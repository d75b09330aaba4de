/**
 * Section headings of the narrative (一、主要职能 · 第三部分… · （一）机关运行经费情况 ·
 * 名词解释 · Shanghai's unnumbered centred titles) and the funding scope each implies.
 */
import type { FundScope } from '../../model/disclosure';
import { normaliseSpan } from './stream';

export type HeadingLevel = 0 | 1 | 2;

export interface Heading {
  title: string;
  level: HeadingLevel;
  /** Number of lines the heading spans (wrapped titles). */
  span: number;
}

const CN = '[一二三四五六七八九十]+';
const PART = new RegExp(`^第${CN}部分`);
const NUMBERED = new RegExp(`^${CN}、..`);
const SUB = new RegExp(`^[（(]${CN}[）)]`);
const UNNUMBERED = /(主要职能|主要职责|机构设置|名词解释|编制说明|情况说明|部门概况|单位概况)$/;
const COMPLETE = /(说明|情况|职能|职责|设置|解释|概况|目标|事项|依据|预算表|公开表|表)$/;

function looksLikeText(norm: string): boolean {
  return /[，。；]/.test(norm) || /万元/.test(norm) || /[（(](\d{2,3})?[类款项][）)]/.test(norm);
}

/** The heading starting at `index`, or null. `inFunctions` turns off （一） items inside 主要职能. */
export function headingAt(texts: string[], index: number, inListSection: boolean): Heading | null {
  const norm = normaliseSpan(texts[index] ?? '');
  if (norm.length === 0 || norm.length > 48 || looksLikeText(norm)) return null;
  let level: HeadingLevel;
  if (PART.test(norm)) level = 0;
  else if (NUMBERED.test(norm) && !/：/.test(norm)) level = 1;
  else if (SUB.test(norm) && !inListSection && !figureFollows(texts, index)) level = 2;
  else if (UNNUMBERED.test(norm) && norm.length <= 30) level = 1;
  else return null;
  // A wrapped title: join up to two short continuation lines when that makes it read complete.
  let title = norm;
  let span = 1;
  if (!COMPLETE.test(title)) {
    let joined = norm;
    for (let extra = 1; extra <= 2; extra++) {
      const next = normaliseSpan(texts[index + extra] ?? '');
      if (next.length === 0 || next.length > 24 || looksLikeText(next)) break;
      joined += next;
      if (COMPLETE.test(joined)) {
        title = joined;
        span = extra + 1;
        break;
      }
    }
  }
  return { title, level, span };
}

/**
 * "（一）人员经费" / "11,257.35 万元。主要包括…": a numbered subject whose figure was pushed onto the
 * next line (text extracted in reading order) opens a sentence, not a section.
 */
function figureFollows(texts: string[], index: number): boolean {
  for (let k = index + 1; k < Math.min(texts.length, index + 4); k++) {
    const next = normaliseSpan(texts[k] ?? '');
    if (next.length === 0) continue;
    return /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?万元/.test(next);
  }
  return false;
}

/** Sections whose numbered items are list entries, not headings. */
export function isListSection(title: string): boolean {
  return /(职能|职责|主要工作任务|名词解释|机构设置)/.test(title);
}

export function scopeOfTitle(title: string): FundScope | null {
  if (/一般公共预算/.test(title)) return 'general_budget';
  if (/政府性基金/.test(title)) return 'gov_fund';
  if (/国有资本经营/.test(title)) return 'state_capital';
  if (/财政拨款/.test(title)) return 'appropriation';
  return null;
}
