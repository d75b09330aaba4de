/**
 * Finds the tables of a Jiangsu document: a title that names one of the twelve tables,
 * confirmed by a 部门：/单位： line right below it (so tables of contents and the narrative's
 * "一、收支预算总表情况说明" are not tables), and the lines up to the next title or part heading.
 * A title repeated for the same table (continuation page) continues the open block.
 */
import type { MeasureUnit } from '../../../model/amount';
import type { Issue } from '../../../model/source';
import type { ExtractedDocument, Line } from '../../../extract/types';
import { specForTitle, type TableSpec } from './schema';
import { compactedLines, memoPerLines } from '../../document-memo';

export interface TableBlock {
  spec: TableSpec;
  familyTableId: string;
  titleAsPrinted: string;
  unit: MeasureUnit | null;
  /** Body lines: no titles, 部门/单位 lines or lone page numbers. */
  lines: Line[];
  /** Lines where a repeated title started a continuation (headers may follow). */
  continuations: number[];
  titleLine: Line;
  lastLine: Line;
}

const LABEL_2018 = /^公开(\d{1,2})表[:：]?/;
const LABEL_2017_ALONE = /^表([一二三四五六七八九十]{1,3})$/;
const LABEL_2017_PREFIX = /^([一二三四五六七八九十]{1,3})、/;
const ENDS_LIKE_TITLE = /表(（[^）]*）|\([^)]*\))?$/;
const PART_HEADING = /^第[一二三四五六七八九十]+部分/;
const UNIT_LINE = /单位[:：](万元|元)/;
const DEPT_LINE = /^(部门|单位)[:：]/;
/** A page number printed as a line of its own. */
export const PAGE_NUMBER = /^[-—]?\s*\d{1,3}\s*[-—]?$/;

interface Title {
  spec: TableSpec;
  label: string;
  text: string;
  lines: number; // how many lines the title takes
}

/** `compacted[i]` is compact(lines[i].text), computed once per document by findBlocks. */
function titleAt(lines: Line[], compacted: readonly string[], index: number): Title | null {
  const first = compacted[index]!;
  if (PAGE_NUMBER.test(first)) return null;
  const candidates = [first];
  // A title wrapped onto a short second line ("…会议费、培训费" / "支出预算表"), unless that line
  // is a title of its own.
  const next = index + 1 < lines.length ? compacted[index + 1]! : '';
  if (next && next.length <= 14 && !ENDS_LIKE_TITLE.test(first) && !LABEL_2018.test(next) && !specForTitle(next)) {
    candidates.push(first + next);
  }
  for (const [extra, text] of candidates.entries()) {
    const label2018 = LABEL_2018.exec(text);
    const label2017 = label2018 ? null : LABEL_2017_PREFIX.exec(text);
    const rest = text.replace(LABEL_2018, '').replace(LABEL_2017_PREFIX, '');
    if (!ENDS_LIKE_TITLE.test(rest)) continue;
    const spec = specForTitle(rest);
    if (!spec || !confirmed(lines, compacted, index + extra + 1)) continue;
    let label = label2018 ? `公开${label2018[1]!.padStart(2, '0')}表` : label2017 ? label2017[1]! : '';
    if (!label) {
      for (let back = index - 1; back >= Math.max(0, index - 2); back--) {
        const alone = LABEL_2017_ALONE.exec(compacted[back]!);
        if (alone) label = `表${alone[1]!}`;
      }
    }
    return { spec, label, text: rest, lines: extra + 1 };
  }
  return null;
}

/** A table title is followed within three lines by its 部门：… or 单位：… line. */
function confirmed(lines: Line[], compacted: readonly string[], from: number): boolean {
  for (let i = from; i < Math.min(lines.length, from + 3); i++) {
    const text = compacted[i]!;
    if (UNIT_LINE.test(text) || DEPT_LINE.test(text)) return true;
  }
  return false;
}

const BLOCKS = Symbol('jiangsu12 blocks');

/** Memoised per document (identify and parseTables both scan): blocks are read-only, issues a fresh copy. */
export function findBlocks(document: ExtractedDocument): { blocks: readonly TableBlock[]; issues: Issue[] } {
  const found = memoPerLines(document.lines, BLOCKS, () => scanBlocks(document));
  return { blocks: found.blocks, issues: [...found.issues] };
}

function scanBlocks(document: ExtractedDocument): { blocks: TableBlock[]; issues: Issue[] } {
  const lines = document.lines;
  const blocks: TableBlock[] = [];
  const issues: Issue[] = [];
  let open: TableBlock | null = null;
  const compacted = compactedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = compacted[i]!;
    const title = titleAt(lines, compacted, i);
    if (title) {
      if (open && open.spec.id === title.spec.id) {
        open.continuations.push(line.line);
      } else {
        const created: TableBlock = {
          spec: title.spec,
          familyTableId: title.label,
          titleAsPrinted: lines.slice(i, i + title.lines).map((l) => l.text.trim()).join(''),
          unit: null,
          lines: [],
          continuations: [],
          titleLine: line,
          lastLine: line
        };
        blocks.push(created);
        open = created;
      }
      i += title.lines - 1;
      continue;
    }
    if (!open) continue;
    if (PART_HEADING.test(text)) {
      open = null;
      continue;
    }
    if (LABEL_2017_ALONE.test(text) || PAGE_NUMBER.test(text)) continue;
    const unit = UNIT_LINE.exec(text);
    if (unit) {
      const found = unit[1] as MeasureUnit;
      if (open.unit && open.unit !== found) {
        issues.push({
          code: 'jiangsu12-unit-conflict',
          message: `${open.titleAsPrinted}：续页单位“${found}”与首页“${open.unit}”不一致`,
          source: { file: document.file, page: line.page, line: line.line, text: line.text }
        });
      }
      open.unit ??= found;
    }
    if (unit || DEPT_LINE.test(text)) continue;
    open.lines.push(line);
    open.lastLine = line;
  }
  return { blocks, issues };
}
