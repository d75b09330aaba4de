import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

/** "468.53 万。" — a figure whose unit stops at 万 where a sentence ends (wrapped "万\n元" is joined first). */
const INCOMPLETE = /\d[\d,.]*\s*万\s*(?=[。，；）)]|$)/g;

export const rule = defineRule({
  id: 'amount-unit-incomplete',
  titleZh: '金额单位不完整（“万”后缺“元”）',
  severity: 'info',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    scanText(d, INCOMPLETE, (match, line) =>
      emit({ message: `第 ${lineSource(d, line).line} 行金额单位不完整“${match[0].trim()}”：${line.text}`, expected: '万元', actual: match[0].trim(), sources: [lineSource(d, line)] })
    );
  }
});
