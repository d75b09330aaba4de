import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

const LEFTOVERS = /(?<![A-Za-z])(?:XX+|xx+)(?![A-Za-z])|[×＊*]{2,}|待填写|请填写|此处填|[（(]\s*略\s*[)）]|填列数应与.{0,40}?一致|填报说明/g;

export const rule = defineRule({
  id: 'template-leftovers',
  titleZh: '模板残留：XX、××、待填写、请填写、（略）、“填列数应与…一致”等填报说明',
  severity: 'warning',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    scanText(d, LEFTOVERS, (match, line) =>
      emit({ message: `第 ${lineSource(d, line).line} 行有模板残留“${match[0]}”：${line.text}`, expected: null, actual: match[0], sources: [lineSource(d, line)] })
    );
  }
});
