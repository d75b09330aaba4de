/**
 * How much a document looks like the Jiangsu 12-table 预算: half from the tables found (titles
 * confirmed by their 部门/单位 line), half from words only this template prints.
 */
import type { ExtractedDocument } from '../../../extract/types';
import { findBlocks } from './blocks';
import { EXPECTED } from './schema';
import { compactedLines } from '../../document-memo';

const MARKERS = [/单位预留机动经费/, /财政.?专户管理资金/, /会议费、培训费/, /政府采购(支出)?预算表/, /公开\d{1,2}表/];

export function identifyJiangsu(document: ExtractedDocument): number {
  const ids = new Set(findBlocks(document).blocks.map((b) => b.spec.id));
  const tables = EXPECTED.filter((id) => ids.has(id)).length / EXPECTED.length;
  const text = compactedLines(document.lines).join('\n');
  // 公开NN表 labels belong to the 2018 layout only: four of the five markers are enough.
  const markers = Math.min(1, MARKERS.filter((m) => m.test(text)).length / (MARKERS.length - 1));
  return Math.round((tables / 2 + markers / 2) * 100) / 100;
}
