/**
 * Character and cell clean-up every extracted line gets.
 *
 * Characters: only the ranges that PDF producers garble are touched. Kangxi radicals (⼀ U+2F00…),
 * CJK compatibility ideographs and full-width digits/letters go through NFKC; full NFKC of the
 * whole text would also turn ：， into ASCII and break the Chinese text. NFKC leaves almost all of
 * the CJK Radicals Supplement (U+2E80–U+2EFF, e.g. ⻔ U+2ED4) unmapped, so the look-alikes that
 * stand for a whole character get an explicit table.
 *
 * Cells (PDF and layout text alike): justified lines come out letter-spaced ("江 苏 省") and a
 * "%" can be pushed far from its number ("增长 21.95         %"); see tidyCells.
 */
import type { Cell } from './types';

const GARBLED = /[\u2E80-\u2FDF\uF900-\uFAFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E\uFF05\u00A0\u3000]/g;

/** CJK Radicals Supplement forms that stand for a whole simplified (or common) character. */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '\u2E81': '厂', '\u2E87': '几', '\u2E8C': '小', '\u2E8D': '小', '\u2E8E': '兀', '\u2E8F': '尢',
  '\u2E92': '巳', '\u2E93': '幺', '\u2E94': '彐', '\u2E97': '心', '\u2E99': '攵', '\u2E9B': '旡',
  '\u2E9C': '日', '\u2E9D': '月', '\u2E9E': '歺', '\u2E9F': '母', '\u2EA0': '民', '\u2EA7': '牛',
  '\u2EA9': '王', '\u2EAA': '疋', '\u2EAB': '罒', '\u2EAC': '示', '\u2EAE': '竹', '\u2EAF': '糸',
  '\u2EB0': '纟', '\u2EB2': '罒', '\u2EB4': '网', '\u2EB6': '羊', '\u2EB7': '羊', '\u2EB9': '老',
  '\u2EBA': '聿', '\u2EBC': '月', '\u2EBD': '臼', '\u2EC1': '虎', '\u2EC3': '覀', '\u2EC4': '西',
  '\u2EC5': '见', '\u2EC6': '角', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECA': '足', '\u2ECB': '车',
  '\u2ECF': '阝', '\u2ED0': '钅', '\u2ED1': '長', '\u2ED3': '长', '\u2ED4': '门', '\u2ED5': '阜',
  '\u2ED6': '阝', '\u2ED7': '雨', '\u2ED8': '青', '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风',
  '\u2EDC': '飞', '\u2EDD': '食', '\u2EDF': '饣', '\u2EE0': '饣', '\u2EE2': '马', '\u2EE3': '骨',
  '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟', '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄',
  '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟'
};

/** The same class without /g: a stateless test for lines that need no replacement at all. */
const HAS_GARBLED = new RegExp(GARBLED.source);

export function normaliseText(text: string): string {
  if (!HAS_GARBLED.test(text)) return text;
  return text.replace(GARBLED, (char) => {
    if (char === '\u3000' || char === '\u00A0') return ' ';
    return RADICAL_SUPPLEMENT[char] ?? char.normalize('NFKC');
  });
}

/** Han ideographs and CJK punctuation: the characters a letter-spaced line is made of. */
const CJK = /[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF01-\uFF0F\uFF1A-\uFF20\u201C\u201D\u2018\u2019]/u;

/**
 * Undoes letter-spacing inside one cell: a single space between two CJK characters is removed
 * when at least one of the two words it separates is a single character ("江 苏 省 人 民" →
 * "江苏省人民", "编制 省 级" → "编制省级"); spaces between two longer words ("年部门 预算") and
 * around figures ("院 2018 年") stay, because there the space may be real.
 */
export function joinLetterSpaced(text: string): string {
  if (!text.includes(' ')) return text;
  const words = text.split(' ');
  let out = words[0]!;
  for (let index = 1; index < words.length; index++) {
    const previous = words[index - 1]!;
    const word = words[index]!;
    const left = [...previous];
    const right = [...word];
    const join =
      left.length > 0 && right.length > 0 &&
      CJK.test(left[left.length - 1]!) && CJK.test(right[0]!) &&
      (left.length === 1 || right.length === 1);
    out += join ? word : ` ${word}`;
  }
  return out;
}

/** A figure immediately followed by a detached percent sign: "21.95 %" → "21.95%". */
const DETACHED_PERCENT = /(\d) +(?=[%％])/g;

/**
 * Cell-level clean-up shared by PDF and layout text: letter-spacing undone, "%" re-attached to
 * its number, also when the gap put it in a cell of its own ("21.95" | "%。增加原因" → one cell
 * spanning both). x-ranges keep the printed extent.
 */
export function tidyCells(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of cells) {
    const text = joinLetterSpaced(cell.text.replace(DETACHED_PERCENT, '$1'));
    const last = out[out.length - 1];
    if (last && /^[%％]/.test(text) && /\d$/.test(last.text)) {
      out[out.length - 1] = { ...last, text: last.text + text, ...(cell.x1 !== undefined ? { x1: cell.x1 } : {}) };
      continue;
    }
    out.push({ ...cell, text });
  }
  return out;
}
