/** A sentence that stops where its content should be ("主要原因是。", "主要用于：。"). */
import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

const TRUNCATED = /(?:主要原因是|原因是|主要原因|主要用于|具体包括)[：:，,]?\s*[。；;]/g;

export const rule = defineRule({
  id: 'truncated-sentence',
  titleZh: '说明中没有写完的句子（“主要原因是。”）',
  severity: 'warning',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    scanText(d, TRUNCATED, (match, line) =>
      emit({ message: `第 ${lineSource(d, line).line} 行句子未写完：“${match[0]}”`, expected: null, actual: match[0], sources: [lineSource(d, line)] })
    );
  }
});
