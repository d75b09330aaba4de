/**
 * How strongly a document looks like the seed 10-table family: "表 N" labels followed by the
 * family's titles (单位/部门收支总体情况表 … 财政拨款“三公”经费支出情况表), in text without positions.
 */
import type { ExtractedDocument } from '../../../extract/types';
import { findTableSegments } from '../../table/segment';
import { SEED10_TITLES } from './schema';

export function identifySeed10(document: ExtractedDocument): number {
  const segments = findTableSegments(document, SEED10_TITLES);
  const ids = new Set(segments.flatMap((segment) => (segment.id ? [segment.id] : [])));
  const labelled = segments.filter((segment) => segment.id && segment.labelNumber !== null && `t${segment.labelNumber}` === segment.id).length;
  if (ids.size === 0) return 0;
  // Titles found (out of ten), more weight when their 表 N labels agree with the seed numbering.
  const score = 0.6 * (ids.size / 10) + 0.4 * (labelled / 10);
  return Math.min(1, document.format === 'seed-text' ? score : score * 0.8);
}
