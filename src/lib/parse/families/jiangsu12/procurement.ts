/**
 * 政府采购支出预算表: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计.
 * Only 总计 holds figures. Cells wrap heavily and continuation pages may come without a header
 * and with shifted columns, so levels are taken from the arithmetic, not from positions:
 * after a category (一、货物 A), the first figure is a project line, the figures that follow
 * are its items until they add up to it, then the next project line, and so on.
 * Names are best effort: each text fragment goes to the figure line it is vertically centred on,
 * within its column (fragments grouped by horizontal overlap).
 */
import type { Fen } from '../../../model/amount';
import type { TableRow } from '../../../model/disclosure';
import type { Line } from '../../../extract/types';
import { sourceOf, type ParseContext } from './rows';
import { compact, lineTokens, overlaps } from './tokens';

const CATEGORY_CODES: Record<string, string> = { 货物: 'A', 工程: 'B', 服务: 'C' };
const CATEGORY = /^[一二三四五六七八九十]+、\s*(货物|工程|服务)\s*([A-C])?/;
const HEADER = /采购品目|专项名称|经济科目|采购物品|采购组织|^总计$|^(大类|类|形式|式|名称)$/;

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  index: number; // position in the table's line sequence
}

export function parseProcurement(lines: Line[], context: ParseContext): TableRow[] {
  const figureLines: { index: number; line: Line; value: Fen }[] = [];
  const fragments: Fragment[] = [];
  lines.forEach((line, index) => {
    const tokens = lineTokens(line, context.unit);
    const texts = tokens.filter((t) => t.figure === null && !HEADER.test(compact(t.text)));
    const figures = tokens.filter((t) => t.figure !== null);
    if (figures.length > 1) {
      context.issues.push({
        code: 'jiangsu12-unplaced-figure',
        message: `${context.title}：第${line.line}行有${figures.length}个数字，本表只有“总计”一列，未计入`,
        source: sourceOf(context.file, line)
      });
      return;
    }
    if (figures.length === 1) figureLines.push({ index, line, value: figures[0]!.figure! });
    const own = texts.map((t) => compact(t.text)).join('');
    if (CATEGORY.test(own) || /^合计/.test(own)) return; // named from their own line below
    for (const t of texts) fragments.push({ text: compact(t.text), x0: t.x0, x1: t.x1, index });
  });
  const names = assignNames(fragments, figureLines.map((f) => f.index));
  const rows: TableRow[] = [];
  let project: { row: TableRow; remaining: Fen } | null = null;
  figureLines.forEach((figure, k) => {
    // 合计 and category labels sit on their figure's own line.
    const own = lineTokens(figure.line, context.unit).filter((t) => t.figure === null).map((t) => compact(t.text)).join('');
    const category = CATEGORY.exec(own);
    const name = category || /^合计/.test(own) ? own : (names[k] ?? '');
    let level: number;
    if (/^合计/.test(own)) level = 0;
    else if (category) level = 1;
    else if (project && project.remaining > 0) level = 3;
    else level = 2;
    const row: TableRow = {
      classification: level === 0 ? 'total' : 'other',
      code: category ? (category[2] ?? CATEGORY_CODES[category[1]!] ?? null) : null,
      name,
      level,
      values: { total: figure.value },
      source: sourceOf(context.file, figure.line)
    };
    rows.push(row);
    if (level === 2) project = { row, remaining: figure.value };
    else if (level === 3 && project) {
      project.remaining -= figure.value;
      if (project.remaining < 0) {
        context.issues.push({
          code: 'jiangsu12-procurement-sum',
          message: `${context.title}：“${project.row.name}”之下的明细合计超过其金额`,
          source: sourceOf(context.file, figure.line)
        });
        project = null;
      }
    } else project = null;
  });
  return rows;
}

/**
 * Names per figure line. Fragments are grouped into columns by x-overlap; in each column the
 * fragments (in line order) are split into consecutive runs, one per figure line, so that each
 * run is centred on its figure line (dynamic programming over split points).
 */
function assignNames(fragments: Fragment[], figureIndexes: number[]): string[] {
  const columns: Fragment[][] = [];
  for (const fragment of fragments) {
    const hits = columns.filter((column) => column.some((f) => overlaps(f, fragment)));
    const merged = [fragment, ...hits.flat()];
    for (const hit of hits) columns.splice(columns.indexOf(hit), 1);
    columns.push(merged);
  }
  columns.sort((a, b) => Math.min(...a.map((f) => f.x0)) - Math.min(...b.map((f) => f.x0)));
  const parts: string[][] = figureIndexes.map(() => []);
  for (const column of columns) {
    column.sort((a, b) => a.index - b.index || a.x0 - b.x0);
    const runs = centredRuns(column.map((f) => f.index), figureIndexes);
    runs.forEach((run, k) => {
      const text = run.map((i) => column[i]!.text).join('');
      if (text) parts[k]!.push(text);
    });
  }
  return parts.map((p) => p.join(' / '));
}

/** Split positions (sorted) into consecutive runs, one per target, minimising |mean − target|. */
function centredRuns(positions: number[], targets: number[]): number[][] {
  const n = positions.length;
  const m = targets.length;
  const prefix = [0];
  for (const p of positions) prefix.push(prefix[prefix.length - 1]! + p);
  const cost = (from: number, to: number, t: number) =>
    to === from ? 0 : Math.abs((prefix[to]! - prefix[from]!) / (to - from) - targets[t]!);
  // best[t][i]: cost of placing the first i fragments into the first t targets.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  best[0]![0] = 0;
  for (let t = 1; t <= m; t++) {
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= i; j++) {
        const value = best[t - 1]![j]! + cost(j, i, t - 1);
        if (value < best[t]![i]!) {
          best[t]![i] = value;
          cut[t]![i] = j;
        }
      }
    }
  }
  const runs: number[][] = [];
  let i = n;
  for (let t = m; t >= 1; t--) {
    const j = cut[t]![i]!;
    runs.unshift(Array.from({ length: i - j }, (_, k) => j + k));
    i = j;
  }
  return runs;
}
