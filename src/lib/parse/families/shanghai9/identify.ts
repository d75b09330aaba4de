/** How much a document looks like a Shanghai district disclosure (9-table 预算 or its 决算). */
import type { ExtractedDocument } from '../../../extract/types';
import { DECISION_TABLES } from './decision-schema';
import { BUDGET_TABLES } from './schema';
import { findTitles } from './tables';

export function identifyShanghai9(document: ExtractedDocument): number {
  const budget = new Set(findTitles(document.lines, BUDGET_TABLES).map((found) => found.spec.id)).size;
  const decision = new Set(findTitles(document.lines, DECISION_TABLES).map((found) => found.spec.id)).size;
  const tableScore = Math.max(budget / BUDGET_TABLES.length, decision / DECISION_TABLES.length);
  // Shanghai titles carry 部门/预算单位 and the three-column 类 款 项 code header.
  const codeHeader = document.lines.some((line) => /^类\s+款\s+项$/.test(line.text.trim())) ? 0.1 : 0;
  const shanghai = document.lines.slice(0, 40).some((line) => /上海市/.test(line.text)) ? 0.1 : 0;
  return Math.min(1, tableScore * 0.8 + codeHeader + shanghai);
}
