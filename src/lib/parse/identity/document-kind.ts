/**
 * Budget year, 预算/决算 and 部门/单位 from the document's titles (cover, 第X部分 headings,
 * table titles, each joined across the lines it was broken over) and labels, never from dates
 * inside sentences; and the publication date printed alone at the end ("2023 年 2月 6 日").
 */
import type { Line } from '../../extract/types';
import type { DocKind, DocScope } from '../../model/disclosure';
import { normaliseLine } from '../narrative/stream';
import { NUMBERING, titleTexts } from './candidates';

export interface KindEvidence {
  year: number | null;
  years: number[];
  docKind: DocKind | null;
  kindVotes: Record<DocKind, number>;
  docScope: DocScope | null;
  scopeVotes: Record<DocScope, number>;
}

/** How many of the first lines count as the cover. */
const HEAD_LINES = 12;
/** A title that is complete: it ends with 预算/决算 and a title tail (表, 总表, 公开, 情况说明 …). */
const KIND_END = /(预算|决算)(公开表|公开|总表|表|情况说明|编制说明|说明|报告|文本)?(（[^（）]{1,10}）)?$/;
const YEAR = /(?:19|20)\d{2}年/;
const LONE_YEAR = /^(?:19|20)\d{2}年度?$/;
const PART = /^第[一二三四五六七八九十]+部分/;
const TABLE_END = /表(（续）)?$/;

interface Title {
  text: string;
  /** Index (into lines) of the title's first line. */
  at: number;
}

/**
 * Titles, each once: a title-like line joined with the short lines that continue it until it
 * reads complete ("2024年度部门" / "决算"; "上海市普陀区财政局" / "2024年度部门决算"), so a title
 * wrapped or broken by reading-order extraction still holds its year and its 预算/决算 word.
 */
function titles(lines: Line[]): Title[] {
  const texts = titleTexts(lines);
  const out: Title[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = texts[i];
    if (!text) continue;
    const at = i;
    while (i + 1 < Math.min(lines.length, at + 3)) {
      const next = texts[i + 1];
      if (!next || next.length > 20 || lines[i + 1]!.page !== lines[at]!.page || NUMBERING.test(next)) break;
      // A complete title goes on only with a year printed on its own line below it (X部门决算 / 2024年度).
      const complete = KIND_END.test(text) || TABLE_END.test(text);
      if (complete && (!LONE_YEAR.test(next) || YEAR.test(text))) break;
      text += next;
      i++;
    }
    out.push({ text, at });
  }
  return out;
}

export function readKind(lines: Line[]): KindEvidence {
  const yearCounts = new Map<number, number>();
  const kindVotes: Record<DocKind, number> = { 预算: 0, 决算: 0 };
  const scopeVotes: Record<DocScope, number> = { 部门: 0, 单位: 0 };
  for (const { text: title, at } of titles(lines)) {
    const isPart = PART.test(title);
    const isTable = TABLE_END.test(title);
    if (at >= HEAD_LINES && !isPart && !isTable) continue;
    // 预决算 names both; a title names one.
    const plain = title.replace(/预决算/g, '');
    const kind = /决算/.test(plain) ? '决算' : /预算/.test(plain) ? '预算' : null;
    if (!kind) continue;
    const m = /((?:19|20)\d{2})年/.exec(title);
    const year = m ? Number(m[1]) : null;
    // A table title counts for the kind without a year (收入支出决算总表); the cover and the parts need one.
    if (year === null && !isTable) continue;
    kindVotes[kind]++;
    if (year === null) continue;
    yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    if (/部门(预算|决算)/.test(plain)) scopeVotes['部门']++;
    if (/单位(预算|决算)|预算单位/.test(plain)) scopeVotes['单位']++;
  }
  for (const line of lines) {
    const label = /^(编制单位|编制部门|部门名称|部门|预算主管部门|预算单位)\s*[:：]/.exec(line.text.trim())?.[1];
    if (label === '编制单位' || label === '预算单位') scopeVotes['单位']++;
    else if (label) scopeVotes['部门']++;
  }
  const ranked = [...yearCounts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  const pick = <K extends string>(votes: Record<K, number>): K | null => {
    const [a, b] = (Object.entries(votes) as [K, number][]).sort((x, y) => y[1] - x[1]);
    return a && a[1] > 0 && (!b || a[1] > b[1]) ? a[0] : null;
  };
  return {
    year: ranked[0]?.[0] ?? null,
    years: ranked.map(([year]) => year),
    docKind: pick(kindVotes),
    kindVotes,
    docScope: pick(scopeVotes),
    scopeVotes
  };
}

/** The date printed alone on one of the last lines, as ISO yyyy-mm-dd. */
export function readPublishedOn(lines: Line[]): { date: string; line: Line } | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 40); i--) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(normaliseLine(lines[i]!));
    if (!m) continue;
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return { date: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, line: lines[i]! };
  }
  return null;
}
