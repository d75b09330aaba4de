/**
 * Peer groups. 'region': units of the same 区县 (else the same city, else “未标地区”); 'class':
 * 行政 or 事业; 'type': the finer kind of unit; 'all': every unit of the selection. A unit's kind
 * is read from its name by the first rule of UNIT_TYPES whose ending it has (a trailing （…） note is
 * ignored); the SQL receives the same table as a bound value (unitTypePatterns), so the browser,
 * the tests and this file agree.
 */
export type PeerMode = 'region' | 'class' | 'type' | 'all';
export const PEER_MODES: readonly { mode: PeerMode; label: string; group: string }[] = [
  { mode: 'region', label: '同区县', group: '同区县' },
  { mode: 'class', label: '同为行政/事业单位', group: '同类（行政/事业）' },
  { mode: 'type', label: '同类单位（街道、法院、学校……）', group: '同类' },
  { mode: 'all', label: '所选全部单位', group: '所选' }
];

export type UnitClass = '行政' | '事业' | '其他';
export interface UnitTypeRule { type: string; unitClass: UnitClass; suffixes: readonly string[] }

/**
 * First match wins: the specific kinds before the general 行政/事业 endings. Endings rather than
 * regular expressions: DuckDB compiles a regex that is not a literal once per row, which at
 * 100k unit-years cost more than the rest of the query.
 */
export const UNIT_TYPES: readonly UnitTypeRule[] = [
  { type: '法院/检察院', unitClass: '行政', suffixes: ['法院', '检察院'] },
  { type: '街道/乡镇', unitClass: '行政', suffixes: ['街道办事处', '街道', '乡人民政府', '镇人民政府', '乡', '镇'] },
  { type: '学校/教育', unitClass: '事业', suffixes: ['学校', '小学', '中学', '幼儿园', '大学', '学院', '教育中心', '教研室', '教师发展中心'] },
  { type: '医院/卫生', unitClass: '事业', suffixes: ['医院', '卫生院', '卫生服务中心', '疾病预防控制中心', '妇幼保健院', '妇幼保健计划生育服务中心', '血站', '急救中心'] },
  { type: '其他事业单位', unitClass: '事业', suffixes: ['中心', '站', '所', '馆', '队', '院', '社', '台', '党校'] },
  { type: '其他行政单位', unitClass: '行政', suffixes: ['局', '委员会', '委', '办公室', '办公厅', '厅', '部', '人民政府', '政府', '办', '会', '署'] }
];
export const OTHER_TYPE: UnitTypeRule = { type: '其他', unitClass: '其他', suffixes: [] };

/** A unit name without its trailing （…） note, as the rules read it. */
export function bareName(name: string): string {
  return name.trim().replace(/[（(][^（）()]*[）)]$/, '').trim();
}

export function classifyUnit(name: string | null): UnitTypeRule {
  const bare = bareName(name ?? '');
  return UNIT_TYPES.find((rule) => rule.suffixes.some((suffix) => bare.endsWith(suffix))) ?? OTHER_TYPE;
}

/** The table as one text value for the SQL: a line per rule, "type<TAB>class<TAB>ending|ending|…". */
export function unitTypePatterns(rules: readonly UnitTypeRule[] = UNIT_TYPES): string {
  return rules.map((r) => [r.type, r.unitClass, r.suffixes.join('|')].join('\t')).join('\n');
}

export function peerGroupLabel(mode: PeerMode, group: string | null): string {
  if (mode === 'region') return `同区县（${group ?? '未标地区'}）`;
  if (mode === 'all') return '所选单位';
  return `同类（${group ?? '其他'}）`;
}
