/**
 * Budget year, 预算/决算 and 部门/单位 from the document's titles (cover, 第X部分 headings,
 * table titles) and labels, never from dates inside sentences; and the publication date
 * printed alone at the end ("2023 年 2月 6 日").
 */
import type { Line } from '../../extract/types';
import type { DocKind, DocScope } from '../../model/disclosure';
import { normaliseLine } from '../narrative/stream';

export interface KindEvidence {
  year: number | null;
  years: number[];
  docKind: DocKind | null;
  kindVotes: Record<DocKind, number>;
  docScope: DocScope | null;
  scopeVotes: Record<DocScope, number>;
}

function titleLines(lines: Line[]): string[] {
  const norms = lines.map(normaliseLine);
  return norms.filter(
    (norm, i) =>
      norm.length <= 60 &&
      !/[，。；]/.test(norm) &&
      (i < 8 || /^第[一二三四五六七八九十]+部分/.test(norm) || /表(（续）)?$/.test(norm))
  );
}

export function readKind(lines: Line[]): KindEvidence {
  const titles = titleLines(lines);
  const yearCounts = new Map<number, number>();
  const kindVotes: Record<DocKind, number> = { 预算: 0, 决算: 0 };
  const scopeVotes: Record<DocScope, number> = { 部门: 0, 单位: 0 };
  for (const title of titles) {
    const m = /(\d{4})年度?/.exec(title);
    const kind = /决算/.test(title) ? '决算' : /预算/.test(title) ? '预算' : null;
    if (!m || !kind) continue;
    const year = Number(m[1]);
    if (year < 1990 || year > 2100) continue;
    yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    kindVotes[kind]++;
    if (/部门(预算|决算)/.test(title)) scopeVotes['部门']++;
    if (/单位(预算|决算)|预算单位/.test(title)) scopeVotes['单位']++;
  }
  for (const line of lines) {
    const label = /^(编制单位|编制部门|部门|预算主管部门|预算单位)\s*[:：]/.exec(line.text.trim())?.[1];
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
