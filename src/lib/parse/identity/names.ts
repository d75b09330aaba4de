/**
 * The unit's name and the spellings the document uses for it. The canonical name comes from
 * the 编制单位：/编制部门：/预算主管部门： labels (most frequent), else the cover or part title.
 * Variants are strings that end with the same organ word (办公室, 局, 检察院 …) and either
 * differ from the name by a character or two (乌木齐县人民政府办公室) or are a shortened form
 * that starts with one of the unit's place names (乌尔禾区政府办公室).
 */
import type { Line } from '../../extract/types';
import { normaliseSpan } from '../narrative/stream';

const LABEL = /^(编制单位|编制部门|部门|预算主管部门|预算单位|单位名称)\s*[:：]\s*(.+?)(?:\s+单位\s*[:：].*)?$/;
const ORGANS = ['办公室', '办公厅', '检察院', '法院', '委员会', '政府', '局', '厅', '委', '院', '中心', '办', '所', '站', '队', '馆', '部', '处', '会', '室'];
const CJK = /[\u4e00-\u9fff（）]/;

export interface NameEvidence {
  name: string;
  /** Line where the canonical name was read. */
  line: Line;
  via: 'label' | 'title';
}

export function labelledNames(lines: Line[]): { name: string; line: Line }[] {
  const out: { name: string; line: Line }[] = [];
  for (const line of lines) {
    const m = LABEL.exec(line.text.trim());
    if (!m) continue;
    const name = normaliseSpan(m[2]!).replace(/[（(]?盖章[）)]?$/, '');
    if (name.length >= 3 && !/\d/.test(name) && !/^单位/.test(name)) out.push({ name, line });
  }
  return out;
}

export function canonicalName(lines: Line[]): NameEvidence | null {
  const labelled = labelledNames(lines);
  if (labelled.length > 0) {
    const counts = new Map<string, number>();
    for (const { name } of labelled) counts.set(name, (counts.get(name) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return { name: best, line: labelled.find((l) => l.name === best)!.line, via: 'label' };
  }
  const head = lines.slice(0, 12);
  for (const [i, line] of head.entries()) {
    const norm = normaliseSpan(line.text) + normaliseSpan(head[i + 1]?.text ?? '');
    const patterns = [
      /^第一部分(.+?)(?:部门|单位)?概况/,
      /^\d{4}年度?(.+?)(?:部门|单位)(?:预算|决算)/,
      /^(.+?)\d{4}年度?(?:部门|单位)(?:预算|决算)/
    ];
    for (const re of patterns) {
      const m = re.exec(norm);
      if (m && m[1]!.length >= 3 && endsWithOrgan(m[1]!)) return { name: m[1]!, line, via: 'title' };
    }
    const alone = normaliseSpan(line.text);
    if (i < 3 && alone.length >= 4 && !/\d/.test(alone) && endsWithOrgan(alone)) return { name: alone, line, via: 'title' };
  }
  return null;
}

function endsWithOrgan(name: string): boolean {
  return ORGANS.some((organ) => name.endsWith(organ));
}

/** The name without a trailing parenthesis (克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）). */
export function baseName(name: string): string {
  return name.replace(/（[^（）]*）$/, '');
}

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const c of long) if (c === short[k]) k++;
  return k === short.length;
}

/**
 * Every spelling of the unit in `text` (the whole document, normalised), canonical first.
 * `places` are the unit's resolved place names (乌尔禾区, 克拉玛依市 …) that a shortened form starts with.
 */
export function nameVariants(canonical: string, text: string, places: string[], extra: string[] = []): string[] {
  const base = baseName(canonical);
  const organ = ORGANS.find((o) => base.endsWith(o));
  const variants = [canonical];
  const add = (v: string) => {
    if (!variants.includes(v)) variants.push(v);
  };
  for (const name of extra) add(name);
  if (!organ) return variants;
  const starts = places.flatMap((p) => [p, p.replace(/(省|市|县|区|自治区|自治州|地区|盟|旗)$/, '')]).filter((p) => p.length >= 2);
  let at = text.indexOf(organ);
  while (at >= 0) {
    const end = at + organ.length;
    let start = end;
    while (start > 0 && end - start < base.length + 6 && CJK.test(text[start - 1]!)) start--;
    const pick = bestCandidate(text.slice(start, end), base, organ.length, starts);
    if (pick === base) {
      if (canonical !== base && !text.startsWith(canonical.slice(base.length), end)) add(base);
    } else if (pick) add(pick);
    at = text.indexOf(organ, end);
  }
  return variants;
}

/**
 * The spelling of the unit that ends `run`: the suffix closest to the name (edit distance ≤ 2,
 * first character preferred) or, failing that, the longest shortened form starting with a place.
 */
function bestCandidate(run: string, base: string, organLength: number, starts: string[]): string | null {
  let close: { text: string; distance: number } | null = null;
  let shortened: string | null = null;
  for (let s = 0; s <= run.length - organLength - 2; s++) {
    const candidate = run.slice(s);
    if (candidate.length >= base.length - 2) {
      const distance = editDistance(candidate, base);
      // A typo keeps the first character (乌木齐县…); a different first character is a neighbouring word.
      const better =
        (distance <= 1 || (distance === 2 && candidate[0] === base[0])) &&
        (!close || distance < close.distance || (distance === close.distance && candidate[0] === base[0] && close.text[0] !== base[0]));
      if (better) close = { text: candidate, distance };
    }
    // A shortened form keeps a place, some of the organ's own words, and the organ (乌尔禾区政府办公室).
    const place = starts.find((p) => candidate.startsWith(p));
    if (!shortened && place && candidate.length > place.length + organLength && isSubsequence(candidate, base)) shortened = candidate;
  }
  return close?.text ?? shortened;
}
