/**
 * Lines printed one place too early. pdftotext -layout sometimes puts the last line of a paragraph
 * (or the second line of a justified pair) above the line it continues:
 *
 *     603.14万元，占20.51%；
 *     本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出
 *
 * A line that opens with a figure and its unit (603.14万元 / 15.16%) cannot start a sentence, and it
 * cannot follow a line that closes a sentence or ends in a word no figure follows ("…基本养老"). When
 * such a line comes next to a line that ends in a word a figure does follow (…项目支出 / …占 /
 * …年初预算为 / …涉及预算金额), the two were printed in the wrong order and are put back. One pass,
 * each line looked at once.
 */
import type { Line } from '../../extract/types';
import { normaliseLine } from './stream';

const OPENS_WITH_FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|%)/;
const CLOSES_SENTENCE = /[。；：！？]$/;
const ENDS_IN_WORD = /[\u4e00-\u9fff]$/;
/** Words a figure follows: 为 X 万元, 占 Y%, 项目支出 X 万元, 涉及预算金额 X 万元, 增加 X 万元 … */
const INTRODUCES_FIGURE = /(?:为|占|计|达|至|金额|总额|支出|收入|预算|合计|总计|经费|费|增加|减少|增长|下降|降低|提高|共|约|安排|拨款|资金|结余|结转|数|的)$/;
const OPENS_WITH_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?万元/;
const OPENS_WITH_PERCENT = /^%/;
const OPENS_ITEM = /^(?:\d{1,2}[、.．]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+)/;

export function repairLineOrder(lines: readonly Line[]): Line[] {
  const out = [...lines];
  const norms = out.map(normaliseLine);
  interleaveColumns(out, norms);
  swapEarlyLines(out, norms);
  return out;
}

/** Whether line `next` can continue line `line` (it opens with a figure or a percent sign). */
function continues(line: string, next: string): boolean {
  if (OPENS_WITH_PERCENT.test(next)) return /\d$/.test(line);
  if (OPENS_WITH_AMOUNT.test(next)) return INTRODUCES_FIGURE.test(line);
  return true;
}

/**
 * Justified lines with wide gaps, extracted in reading order, come out column by column: the left
 * parts of two lines, then their right parts —
 *
 *     （1）一般公共预算收入预算          a
 *     年相比增加                        b
 *     21,940.96 万元，与上              c
 *     3,959.28 万元，增长 22            d
 *
 * When c and d open with a figure (or d with "%"), d cannot continue c but can continue b, and c can
 * continue a, the true order is a c b d.
 */
function interleaveColumns(out: Line[], norms: string[]): void {
  const at: number[] = [];
  for (let i = 0; i < out.length; i++) if (norms[i]!.length > 0) at.push(i);
  for (let k = 0; k + 3 < at.length; k++) {
    const [ia, ib, ic, id] = [at[k]!, at[k + 1]!, at[k + 2]!, at[k + 3]!];
    const [a, b, c, d] = [norms[ia]!, norms[ib]!, norms[ic]!, norms[id]!];
    if (out[ia]!.page !== out[id]!.page) continue;
    if (!OPENS_WITH_AMOUNT.test(c) || !(OPENS_WITH_AMOUNT.test(d) || OPENS_WITH_PERCENT.test(d))) continue;
    if (OPENS_WITH_AMOUNT.test(b) || OPENS_WITH_PERCENT.test(b) || !INTRODUCES_FIGURE.test(a)) continue;
    if (!continues(b, d) || continues(c, d) || !(ENDS_IN_WORD.test(c) || /\d$/.test(c))) continue;
    [out[ib], out[ic]] = [out[ic]!, out[ib]!];
    [norms[ib], norms[ic]] = [norms[ic]!, norms[ib]!];
    k += 3;
  }
}

function swapEarlyLines(out: Line[], norms: string[]): void {
  const nextNonBlank = (from: number): number => {
    let k = from;
    while (k < out.length && k <= from + 3 && norms[k]!.length === 0) k++;
    return k < out.length && norms[k]!.length > 0 ? k : -1;
  };
  let previous = -1; // index of the last non-blank line
  for (let i = 0; i < out.length; i++) {
    const norm = norms[i]!;
    if (norm.length === 0) continue;
    const next = OPENS_WITH_FIGURE.test(norm) ? nextNonBlank(i + 1) : -1;
    if (next >= 0 && out[next]!.page === out[i]!.page) {
      const follow = norms[next]!;
      const prior = previous < 0 ? null : norms[previous]!;
      // Ends a sentence: the figure line cannot follow it. Ends mid-word ("…基本养老"): only when
      // the line after the pair continues the figure line ("…充分保" / "障预估，…"), not the other.
      const after = nextNonBlank(next + 1);
      const misplaced =
        prior === null ||
        CLOSES_SENTENCE.test(prior) ||
        (ENDS_IN_WORD.test(prior) &&
          !INTRODUCES_FIGURE.test(prior) &&
          ENDS_IN_WORD.test(norm) &&
          after >= 0 &&
          !OPENS_WITH_FIGURE.test(norms[after]!) &&
          !OPENS_WITH_PERCENT.test(norms[after]!) &&
          !OPENS_ITEM.test(norms[after]!));
      if (misplaced && INTRODUCES_FIGURE.test(follow) && !OPENS_WITH_FIGURE.test(follow) && !OPENS_ITEM.test(follow)) {
        [out[i], out[next]] = [out[next]!, out[i]!];
        [norms[i], norms[next]] = [norms[next]!, norms[i]!];
        previous = next;
        i = next;
        continue;
      }
    }
    previous = i;
  }
}
