import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

/** "增加 X 万元，下降 Y%" — the amount and the percentage point in opposite directions. */
const MISMATCH = /(增加|增长|减少|下降)\s*[\d,.]+\s*万?元\s*[，,]?\s*(增长|增加|下降|减少)\s*[\d.]+\s*[%％]/g;
const UP = new Set(['增加', '增长']);

export const rule = defineRule({
  id: 'change-words',
  titleZh: '同一句中增减额与增减率的方向词一致（增加…增长，减少…下降）',
  severity: 'error',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    scanText(d, MISMATCH, (match, line) => {
      if (UP.has(match[1]!) === UP.has(match[2]!)) return;
      emit({ message: `第 ${lineSource(d, line).line} 行“${match[0]}”：增减额说${match[1]}，增减率却说${match[2]}`, expected: UP.has(match[1]!) ? '增长' : '下降', actual: match[2] ?? null, sources: [lineSource(d, line)] });
    });
  }
});
