import { lineSource, scanLines } from '../lib/text';
import { defineRule, skip } from '../rule';

/** A word of 2–4 Han characters written twice in a row (预算预算). Reduplicated words of one character are Chinese grammar, not errors. */
const REPEATED = /([\u4e00-\u9fff]{2,4})\1/gu;
/** Legitimate doubled words in budget prose. */
const ALLOWED = new Set(['落实落实', '研究研究']);

export const rule = defineRule({
  id: 'repeated-words',
  titleZh: '重复的词（如“预算预算”）',
  severity: 'info',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    // Line by line: joining wrapped table headers (指标值 / 指标值设置依据) would invent repeats.
    scanLines(d, REPEATED, (match, line) => {
      if (ALLOWED.has(match[0])) return;
      emit({ message: `第 ${lineSource(d, line).line} 行词语重复“${match[0]}”：${line.text}`, expected: match[1] ?? null, actual: match[0], sources: [lineSource(d, line)] });
    });
  }
});
