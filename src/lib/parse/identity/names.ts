/**
 * The unit's name and the spellings the document uses for it. The canonical name is chosen by
 * agreement of every reading (labels such as 编制部门：/部门名称：/预算主管部门：, cover and
 * part titles, table titles, 第一部分 X概况 headings; see candidates.ts), in normal form
 * (name-form.ts: 中共X委…, the long 中国共产党X委员会… kept as a spelling). Variants are the
 * spellings read, plus strings that end with the same organ word (办公室, 局, 检察院 …) and either
 * differ from the name by a character or two (乌木齐县人民政府办公室) or are a shortened form
 * that starts with one of the unit's place names (乌尔禾区政府办公室).
 */
import type { Line } from '../../extract/types';
import { coverCandidates, labelCandidates, titleCandidates, type Candidate, type CandidateSource } from './candidates';
import { longPartyForm, normalName, ORGANS, placeLength } from './name-form';

const CJK = /[\u4e00-\u9fff（）]/;

export interface NameEvidence {
  /** Canonical name (normal form: 中共X委…, never 中国共产党X委员会…). */
  name: string;
  /** Line where the canonical name was read first. */
  line: Line;
  via: CandidateSource;
  /** The spellings that were read as this name (before normalising), most frequent first. */
  spellings: string[];
}

export interface NameReading {
  /** The unit's name, or null (none found, or the document's name is a template placeholder). */
  evidence: NameEvidence | null;
  /** The template placeholder that won (上海市XX局), when it did. */
  placeholder: { name: string; line: Line } | null;
  /** Every whole name read, best first (their places help resolve the division). */
  ranked: { name: string; score: number; line: Line }[];
  /** Place-only titles (上海市普陀区2025年区级部门预算 → 上海市普陀区). */
  places: string[];
  /**
   * Another unit named nearly as often as the winner (half its score or more, at least two
   * readings' worth), with place words of its own and not a spelling of the winner (a one-character
   * typo, or the same name with fewer place words): the document may be about two units, or its
   * labels contradict its titles.
   */
  rival: { name: string; line: Line } | null;
}

interface Tally {
  name: string;
  score: number;
  /** Source groups seen: labels, titles. */
  groups: Set<'label' | 'title'>;
  labels: number;
  first: Line;
  via: CandidateSource;
  spellings: Map<string, number>;
  placeholder: boolean;
}

function weight(candidate: Candidate): number {
  if (candidate.kind === 'partial') return 0.25;
  if (candidate.source === 'label' || candidate.source === 'label-next') return 1;
  // A title read from reading-order text may be a sentence fragment ("纳入…局2024年度部门决算"):
  // without place words in front it counts for less.
  return placeLength(candidate.name) > 0 ? 1 : 0.5;
}

/**
 * The unit's name by agreement of labels and titles. Readings are put in normal form; a head cut
 * by a line break (partial) counts for the whole name it starts, and a name without place words
 * (资源局, 司法局) for the longer name with place words it ends. The best score wins: one point
 * per label or placed title, half a point per title without place words, half a point more when
 * both labels and titles agree. A template placeholder (上海市XX局) that scores as high as the best
 * real name means the document names no unit.
 */
export function readName(lines: Line[]): NameReading {
  const titles = titleCandidates(lines);
  // The cover's name alone is the same printed name as the cover title read with its year line.
  const cover = coverCandidates(lines).filter((c) => !titles.some((t) => t.line === c.line && t.name === c.name));
  const candidates = [...labelCandidates(lines), ...titles, ...cover];
  const places: string[] = [];
  const tallies = new Map<string, Tally>();
  for (const candidate of candidates) {
    if (candidate.kind === 'place') {
      if (!places.includes(candidate.name)) places.push(candidate.name);
      continue;
    }
    const key = candidate.kind === 'placeholder' ? candidate.name : normalName(candidate.name);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { name: key, score: 0, groups: new Set(), labels: 0, first: candidate.line, via: candidate.source, spellings: new Map(), placeholder: candidate.kind === 'placeholder' };
      tallies.set(key, tally);
    }
    const isLabel = candidate.source === 'label' || candidate.source === 'label-next';
    tally.score += weight(candidate);
    if (candidate.kind !== 'partial') tally.groups.add(isLabel ? 'label' : 'title');
    if (isLabel) tally.labels++;
    if (candidate.line.line < tally.first.line) {
      tally.first = candidate.line;
      tally.via = candidate.source;
    }
    if (candidate.kind !== 'partial') tally.spellings.set(candidate.name, (tally.spellings.get(candidate.name) ?? 0) + 1);
  }
  const kinds = new Map(candidates.map((c) => [c.kind === 'placeholder' ? c.name : normalName(c.name), c.kind]));
  const all = [...tallies.values()];
  const whole = all.filter((t) => kinds.get(t.name) === 'name' || t.placeholder);
  const absorb = (from: Tally, into: Tally) => {
    into.score += from.score;
    for (const g of from.groups) into.groups.add(g);
    into.labels += from.labels;
    for (const [spelling, n] of from.spellings) into.spellings.set(spelling, (into.spellings.get(spelling) ?? 0) + n);
    if (from.first.line < into.first.line) {
      into.first = from.first;
      into.via = from.via;
    }
    tallies.delete(from.name);
  };
  const best = (list: Tally[]) => list.sort((a, b) => b.score - a.score || b.name.length - a.name.length)[0];
  // A head cut by a wrap counts for the whole name it starts.
  for (const tally of all) {
    if (kinds.get(tally.name) !== 'partial') continue;
    const into = best(whole.filter((w) => w.name.length > tally.name.length && w.name.startsWith(tally.name)));
    if (into) absorb(tally, into);
    else tallies.delete(tally.name);
  }
  // A name without place words counts for the longer placed name it ends (资源局 → 上海市…资源局).
  for (const tally of whole) {
    if (!tallies.has(tally.name) || placeLength(tally.name) > 0) continue;
    const into = best(whole.filter((w) => w !== tally && tallies.has(w.name) && w.name.endsWith(tally.name) && placeLength(w.name) > 0));
    if (into) absorb(tally, into);
  }
  const score = (t: Tally) => t.score + 0.5 * (t.groups.size - 1);
  const ranked = [...tallies.values()].sort(
    (a, b) => score(b) - score(a) || b.labels - a.labels || b.name.length - a.name.length || a.first.line - b.first.line
  );
  const real = ranked.filter((t) => !t.placeholder);
  const placeholderScore = ranked.filter((t) => t.placeholder).reduce((sum, t) => sum + score(t), 0);
  const winner = real[0];
  const placeholderTally = ranked.find((t) => t.placeholder);
  const spellings = (t: Tally) => [...t.spellings.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  if (placeholderTally && (!winner || placeholderScore >= score(winner)))
    return {
      evidence: null,
      placeholder: { name: placeholderTally.name, line: placeholderTally.first },
      ranked: real.map((t) => ({ name: t.name, score: score(t), line: t.first })),
      places: [...places, ...spellings(placeholderTally)],
      rival: null
    };
  const second = real[1];
  const rival =
    winner && second && score(second) >= 2 && score(second) * 2 >= score(winner) && placeLength(second.name) > 0 &&
    !winner.name.endsWith(second.name) && !second.name.endsWith(winner.name) && editDistance(winner.name, second.name) > 1
      ? { name: second.name, line: second.first }
      : null;
  return {
    evidence: winner ? { name: winner.name, line: winner.first, via: winner.via, spellings: spellings(winner) } : null,
    placeholder: null,
    ranked: real.map((t) => ({ name: t.name, score: score(t), line: t.first })),
    places,
    rival
  };
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

/** The long spelling of a party organ's name when the text uses it (中国共产党江苏省委员会办公厅). */
export function partyVariants(canonical: string, text: string): string[] {
  const long = longPartyForm(canonical);
  return long && long !== canonical && text.includes(long) ? [long] : [];
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
    // The lengths' difference bounds the distance from below: beyond 2 no candidate can be close.
    if (candidate.length >= base.length - 2 && candidate.length <= base.length + 2) {
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
