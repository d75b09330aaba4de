/**
 * What a unit name looks like, independent of where it was read: compact form (no spaces, so a
 * letter-spaced "江 苏 省 人 民 检 察 院" is the name), whether a string is a whole name, the
 * head of a wrapped name, a template placeholder (上海市XX局) or no name, and the normal form
 * of party organs (中国共产党X委员会… ≡ 中共X委…) so that both spellings give one canonical name.
 */
import { normaliseSpan } from '../narrative/stream';
import { placePrefix } from './division';

/** normaliseSpan without any space (titles and names never need the space kept between digits). */
export function compact(text: string): string {
  return normaliseSpan(text).replace(/\s+/g, '');
}

/** Words a unit name ends with (after a trailing bracketed alias is set aside). Longest first is not needed: endsWith. */
export const ORGANS = [
  '办公室', '办公厅', '检察院', '法院', '委员会', '政府', '中心', '公司', '集团', '街道', '基地',
  '局', '厅', '委', '院', '办', '所', '站', '队', '馆', '部', '处', '会', '室', '社', '校', '学',
  '园', '场', '厂', '台', '宫', '团', '组', '司', '署', '科', '狱', '镇', '乡', '行', '库'
];

/** Template placeholders in a name: 上海市XX局, ××区××局, 某某局, ＊＊单位. */
const PLACEHOLDER = /[XxＸｘ×✕╳＊*○□]|某某/;
/** Characters a name may hold outside brackets (the placeholder letters are checked first). */
const NAME_CHARS = /^[\u4e00-\u9fff“”·]+$/;
/** Words that start table headings or sentences, never a unit's name. */
const NOT_A_NAME_START = /^(部门|单位|本|我|该|各|全|其中|合计|总计|项目|科目|功能|经济|收入|支出|金额|备注|序号|名称|目录|附件|附表|万元|千元|亿元|元$)/;

/** Title and sentence words no unit name holds (a title read from a line too early: "…情况说明本表反映X院"). */
const NOT_IN_A_NAME = /说明|本表|反映|目录|年度|第[一二三四五六七八九十]+部分|[预决]算表/;

export type NameClass = 'name' | 'partial' | 'placeholder' | 'place' | null;

/** The name without bracketed groups (克拉玛依市…办公室（乌尔禾区信访局） → 克拉玛依市…办公室); null when brackets do not pair. */
function withoutBrackets(name: string): string | null {
  let out = '';
  let depth = 0;
  for (const ch of name) {
    if (ch === '（') depth++;
    else if (ch === '）') {
      if (depth === 0) return null;
      depth--;
    } else if (depth === 0) out += ch;
  }
  return depth === 0 ? out : null;
}

export function endsWithOrgan(name: string): boolean {
  return ORGANS.some((organ) => name.endsWith(organ));
}

/**
 * 'name': a whole unit name (CJK, ends with an organ word); 'partial': CJK that may be the head of
 * a name cut by a line break (上海市普陀区规划和自然); 'place': place words only (上海市普陀区);
 * 'placeholder': a template's name (上海市XX局); null: anything else.
 */
export function classifyName(text: string): NameClass {
  const name = text.replace(/[（(]?(盖章|公章|章)[）)]?$/, '');
  const length = [...name].length;
  if (length < 2 || length > 50) return null;
  const open = name.lastIndexOf('（');
  // A bracket opened and not closed: the head of a name whose alias wrapped onto the next line.
  if (open > 0 && name.indexOf('）', open) < 0) {
    const head = withoutBrackets(name.slice(0, open));
    return head && NAME_CHARS.test(head) && !NOT_A_NAME_START.test(head) ? 'partial' : null;
  }
  const base = withoutBrackets(name);
  if (base === null || base.length === 0) return null;
  if (NOT_A_NAME_START.test(base) || NOT_IN_A_NAME.test(base)) return null;
  if (PLACEHOLDER.test(base)) return NAME_CHARS.test(base.replace(new RegExp(PLACEHOLDER.source, 'g'), '')) ? 'placeholder' : null;
  if (!NAME_CHARS.test(base)) return null;
  const place = placePrefix(partyTail(base));
  if (place.length > 0 && place.length === partyTail(base).length) return 'place';
  if (length >= 3 && endsWithOrgan(base)) return 'name';
  return 'partial';
}

const PARTY_LONG = '中国共产党';
const PARTY_SHORT = '中共';

/** The name after a leading 中共 / 中国共产党 (where its place words start). */
export function partyTail(name: string): string {
  if (name.startsWith(PARTY_LONG)) return name.slice(PARTY_LONG.length);
  if (name.startsWith(PARTY_SHORT)) return name.slice(PARTY_SHORT.length);
  return name;
}

/** Where the place words of a party organ's name end: its resolved place, or a place-like word before 委员会/委. */
function partyPlaceEnd(tail: string): number {
  const place = placePrefix(tail).length;
  if (place > 0) return place;
  const at = tail.indexOf('委');
  return at > 0 && at <= 12 && /[省市区县州旗盟]$/.test(tail.slice(0, at)) ? at : 0;
}

/**
 * The normal form of a name: 中国共产党 → 中共, and 委员会 right after the place → 委
 * (中国共产党江苏省委员会办公厅 → 中共江苏省委办公厅; 中国共产党上海市普陀区委员会组织部 →
 * 中共上海市普陀区委组织部). Other names are returned unchanged.
 */
export function normalName(name: string): string {
  if (!name.startsWith(PARTY_LONG) && !name.startsWith(PARTY_SHORT)) return name;
  let tail = partyTail(name);
  const end = partyPlaceEnd(tail);
  if (end > 0 && tail.startsWith('委员会', end)) tail = tail.slice(0, end) + '委' + tail.slice(end + 3);
  return PARTY_SHORT + tail;
}

/** The long spelling of a normal-form party name (中共江苏省委办公厅 → 中国共产党江苏省委员会办公厅), or null. */
export function longPartyForm(name: string): string | null {
  if (!name.startsWith(PARTY_SHORT)) return null;
  let tail = partyTail(name);
  const end = partyPlaceEnd(tail);
  if (end > 0 && tail.startsWith('委', end) && !tail.startsWith('委员会', end)) tail = tail.slice(0, end) + '委员会' + tail.slice(end + 1);
  return PARTY_LONG + tail;
}

/** Length of the place words that start the name (after 中共 / 中国共产党, which count with them). */
export function placeLength(name: string): number {
  const tail = partyTail(name);
  const place = placePrefix(tail).length;
  return place > 0 ? place + (name.length - tail.length) : 0;
}
