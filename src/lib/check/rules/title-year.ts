import { tableLabel } from '../lib/format';
import { lineSource, scanText } from '../lib/text';
import { defineRule, skip } from '../rule';

/** "2023 年部门预算" / "2023年度单位决算" — not a comparison ("比 2022 年预算"). */
const TITLE_YEAR = /(?<![比较与上]\s?)(\d{4})\s*年度?\s*(?:部门|单位)?(?:预算|决算)(?:公开|情况|说明|表)/g;

export const rule = defineRule({
  id: 'title-year',
  titleZh: '标题中的年度应为本预算（决算）年度',
  severity: 'warning',
  check(d, emit) {
    if (d.year === null) return skip('未识别出文件的预算年度');
    for (const table of d.tables) {
      const years = [...(table.titleAsPrinted.matchAll(/(\d{4})\s*年/g))].map((m) => Number(m[1]));
      for (const year of years.filter((y) => y !== d.year && y !== d.year! - 1)) {
        emit({ message: `${tableLabel(table)}标题中的年度 ${year} 不是 ${d.year}`, expected: String(d.year), actual: String(year), sources: [{ file: d.sourceFile, page: table.page, line: table.firstLine, text: table.titleAsPrinted }] });
      }
    }
    scanText(d, TITLE_YEAR, (match, line) => {
      const year = Number(match[1]);
      if (year === d.year) return;
      emit({ message: `第 ${lineSource(d, line).line} 行“${match[0]}”的年度 ${year} 与本文件年度 ${d.year} 不符`, expected: String(d.year), actual: String(year), sources: [lineSource(d, line)] });
    });
  }
});
