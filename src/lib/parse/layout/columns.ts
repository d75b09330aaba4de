/**
 * Header columns: each column of a table is found by its header words, in printed order.
 * A label may be printed on one line or stacked over two ("事业单位" / "经营收入"), so the
 * candidates are single header tokens and pairs of tokens stacked at overlapping x.
 */
import { centre, overlaps, type Token } from './tokens';

export interface ColumnSpec {
  /** Measure or key the column feeds (e.g. 'total', 'basic'). */
  key: string;
  /** Header words of the column, tested against one token or a stacked pair joined. */
  label: RegExp;
  /** Columns some variants do not print (e.g. 人员经费/公用经费 in the 单位 summary). */
  optional?: boolean;
  /** Label columns (row names of a side) hold no figures; they split two-sided tables. */
  labelColumn?: boolean;
  /** Group headers printed above the column, outermost first (e.g. 公务用车购置及运行费 › 小计). */
  under?: RegExp[];
}

export interface Column {
  key: string;
  x0: number;
  x1: number;
  labelColumn: boolean;
}

interface Candidate extends Token {
  row: number;
  single: boolean;
}

/** Candidates from header lines (each a list of tokens, top to bottom). */
function candidates(headerLines: Token[][]): Candidate[] {
  const out: Candidate[] = [];
  headerLines.forEach((tokens, row) => {
    for (const token of tokens) {
      out.push({ ...token, row, single: true });
      for (const lowerLine of headerLines.slice(row + 1, row + 4)) {
        for (const lower of lowerLine) {
          if (!overlaps(token, lower)) continue;
          out.push({ text: token.text + lower.text, x0: Math.min(token.x0, lower.x0), x1: Math.max(token.x1, lower.x1), row, single: false });
        }
      }
    }
  });
  return out;
}

/**
 * Finds each spec's column, left to right: the leftmost matching candidate right of the
 * previous column. Returns null when a required column is not printed.
 */
export function headerColumns(headerLines: Token[][], specs: readonly ColumnSpec[]): Column[] | null {
  const pool = candidates(headerLines);
  const columns: Column[] = [];
  let floor = -Infinity;
  for (const spec of specs) {
    const match = pool
      .filter((candidate) => spec.label.test(candidate.text) && centre(candidate) > floor)
      .filter((candidate) => (spec.under ?? []).every((group) => hasGroupAbove(pool, candidate, group)))
      .sort((a, b) => centre(a) - centre(b) || a.row - b.row)[0];
    if (!match) {
      if (spec.optional) continue;
      return null;
    }
    columns.push({ key: spec.key, x0: match.x0, x1: match.x1, labelColumn: spec.labelColumn ?? false });
    floor = centre(match);
  }
  return columns;
}

/** A token on a higher header line, spanning the candidate's centre, matches `group`. */
function hasGroupAbove(pool: Candidate[], candidate: Candidate, group: RegExp): boolean {
  const x = centre(candidate);
  return pool.some((upper) => {
    if (!upper.single || upper.row >= candidate.row || !group.test(upper.text)) return false;
    // A centred group label spans to halfway to its neighbours on the same line.
    const row = pool.filter((other) => other.single && other.row === upper.row).sort((a, b) => a.x0 - b.x0);
    const index = row.indexOf(upper);
    const before = row[index - 1];
    const after = row[index + 1];
    const left = before ? (before.x1 + upper.x0) / 2 : -Infinity;
    const right = after ? (upper.x1 + after.x0) / 2 : Infinity;
    return left <= x && x <= right;
  });
}

/** How many of the specs' labels a line's tokens show (to recognise a repeated header). */
export function headerScore(tokens: Token[], specs: readonly ColumnSpec[]): number {
  return specs.filter((spec) => tokens.some((token) => spec.label.test(token.text))).length;
}
