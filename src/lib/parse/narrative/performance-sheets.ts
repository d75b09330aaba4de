/**
 * 项目支出绩效目标表 sheets inside the narrative: each names a project (项目名称, possibly
 * wrapped) and its 年度预算总额 (万元, possibly wrapped as "年度预算总" / "额：" / "4.00").
 */
import type { Line } from '../../extract/types';
import { wanyuan, type Fen } from '../../model/amount';
import type { SourceRef } from '../../model/source';
import { normaliseSpan } from './stream';

export interface PerformanceProject {
  name: string;
  amount: Fen | null;
  source: SourceRef;
}

export function readPerformanceSheets(lines: Line[], file: string): PerformanceProject[] {
  const projects: PerformanceProject[] = [];
  lines.forEach((line, i) => {
    if (!/^项目名称/.test(normaliseSpan(line.text))) return;
    // The sheet's header block: from 项目名称 up to the 财政拨款 line (at most 12 lines).
    const block: string[] = [];
    for (let k = i; k < Math.min(lines.length, i + 12); k++) {
      const text = lines[k]!.text;
      if (k > i && /^(项目名称|项目总体目标)/.test(normaliseSpan(text))) break;
      block.push(text);
    }
    const joined = block.join(' ').replace(/\s+/g, ' ');
    const compact = normaliseSpan(joined);
    const name = /^项目名称(.+?)(?:项目负责人|项目资金|$)/.exec(compact)?.[1];
    if (!name) return;
    const total = /年度预算总\s*额\s*[：:]?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)/.exec(joined);
    projects.push({
      name,
      amount: total ? wanyuan(total[1]!) : null,
      source: { file, page: line.page, line: line.line, text: line.text }
    });
  });
  return projects;
}
