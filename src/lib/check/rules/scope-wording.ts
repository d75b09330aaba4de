import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

const WRONG = {
  单位: /部门(?:预算|决算)(?:公开|管理|情况|未安排|安排)|部门(?:收支|收入|支出)(?:总体|预算)|编制部门|本部门/g,
  部门: /单位(?:预算|决算)(?:公开|管理|情况|未安排|安排)|单位(?:收支|收入|支出)(?:总体|预算)|编制单位/g
} as const;

export const rule = defineRule({
  id: 'scope-wording',
  titleZh: '单位预算中不应出现“部门预算”的写法（部门预算中反之）',
  severity: 'warning',
  check(d, emit) {
    if (d.docScope === null) return skip('未识别出是部门预算还是单位预算');
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    const seen = new Set<number>();
    scanText(d, WRONG[d.docScope], (match, line) => {
      if (seen.has(line.line)) return;
      seen.add(line.line);
      emit({ message: `本文件是${d.docScope}预算，第 ${lineSource(d, line).line} 行却写作“${match[0]}”`, expected: d.docScope, actual: match[0], sources: [lineSource(d, line)] });
    });
  }
});
