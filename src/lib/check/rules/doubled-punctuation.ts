import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

const DOUBLED = /([。，、；：！？])\1|[，、；][。]|。[，、；]/g;

export const rule = defineRule({
  id: 'doubled-punctuation',
  titleZh: '重复或冲突的标点（。。 ，， ，。）',
  severity: 'info',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    scanText(d, DOUBLED, (match, line) =>
      emit({ message: `第 ${lineSource(d, line).line} 行标点重复“${match[0]}”：${line.text}`, expected: match[0][0] ?? null, actual: match[0], sources: [lineSource(d, line)] })
    );
  }
});
