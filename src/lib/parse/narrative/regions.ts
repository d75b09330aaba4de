/**
 * Which lines are narrative. Tables (the 公开表 part, and each table title + 编制单位 block),
 * the 绩效目标表 sheets inside the narrative, the table of contents and lone page numbers are
 * set apart, so that only running text feeds the fact reader.
 */
import type { Line } from '../../extract/types';
import { normalisedLines } from './stream';

export type LineKind = 'narrative' | 'table' | 'performance' | 'toc' | 'page-number';

const CN_NUM = '[一二三四五六七八九十]+';
const PART = new RegExp(`^第${CN_NUM}部分`);
const TABLE_PART = /(公开表|预算表|决算表)(附后)?$/;
const TABLE_LABEL = /^(表\d+|公开\d+表.*|表[一二三四五六七八九十]+)$/;
const UNIT_LABEL = /^(编制单位|编制部门|部门|预算单位)：.*单位：/;
const MEASURE_LINE = /^单位：(万元|元)$/;
const PERFORMANCE_TITLE = /^项目支出绩效目标表/;
/** Headings that always start running text again. */
const TEXT_RESUMES = /(情况说明|编制说明|名词解释|其他相关情况说明|经费情况说明|其他需说明的事项|概况)$/;

export function isPageNumber(text: string): boolean {
  return /^[-—]?\s*\d{1,3}\s*[-—]?$/.test(text.trim());
}

function resumesText(norm: string): boolean {
  if (PART.test(norm)) return !TABLE_PART.test(norm);
  return norm.length <= 45 && TEXT_RESUMES.test(norm) && !/\d+\.\d+/.test(norm);
}

export function classifyLines(lines: Line[]): LineKind[] {
  const norms = normalisedLines(lines);
  const kinds: LineKind[] = lines.map(() => 'narrative');
  markToc(norms, kinds);
  let region: 'table' | 'performance' | null = null;
  norms.forEach((norm, i) => {
    if (kinds[i] === 'toc') return;
    const startsTable =
      (PART.test(norm) && TABLE_PART.test(norm)) || TABLE_LABEL.test(norm) || UNIT_LABEL.test(norm) || MEASURE_LINE.test(norm);
    if (startsTable) {
      region = 'table';
      // The table's title sits just above its 编制单位/单位 line.
      if (UNIT_LABEL.test(norm) || MEASURE_LINE.test(norm)) {
        for (let back = i - 1; back >= Math.max(0, i - 2); back--) {
          const prev = norms[back]!;
          if (kinds[back] !== 'narrative' || !/表(（续）)?$/.test(prev)) break;
          kinds[back] = 'table';
        }
      }
    } else if (PERFORMANCE_TITLE.test(norm)) {
      region = 'performance';
    } else if (region && resumesText(norm)) {
      region = null;
    }
    if (region) kinds[i] = region;
    else if (isPageNumber(lines[i]!.text)) kinds[i] = 'page-number';
  });
  return kinds;
}

/**
 * The table of contents: after a 目录 line, either the run of lines with dotted leaders, or
 * (without leaders) everything up to the point where its first entry is printed again.
 */
function markToc(norms: readonly string[], kinds: LineKind[]): void {
  const start = norms.findIndex((n) => n === '目录');
  if (start < 0) return;
  kinds[start] = 'toc';
  const first = norms[start + 1];
  if (first === undefined) return;
  const leader = /[…]{2,}|\.{6,}|·{6,}/;
  if (leader.test(first)) {
    for (let i = start + 1; i < norms.length && (leader.test(norms[i]!) || isPageNumber(norms[i]!)); i++) kinds[i] = 'toc';
    return;
  }
  const key = first.replace(/[。.]$/, '');
  for (let i = start + 1; i < Math.min(norms.length, start + 80); i++) {
    const norm = norms[i]!.replace(/[。.]$/, '');
    if (i > start + 1 && (norm === key || norm.startsWith(key))) return;
    if (norm.includes('。') && norm.length > 30) return;
    kinds[i] = 'toc';
  }
}
