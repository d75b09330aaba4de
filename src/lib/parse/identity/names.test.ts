/**
 * The name reader on synthetic line arrays, one case per way a real disclosure names its unit:
 * titles wrapped over two or three lines, labels with the value on the same or the next line,
 * a cover only (split, letter-spaced), reading-order breaks, 中共/中国共产党 aliases, template
 * placeholders, 决算 and province-level units. No corpus unit is assumed: the names are chosen to
 * look like the documents the parser meets outside the corpus.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, Line } from '../../extract/types';
import type { Disclosure } from '../../model/disclosure';
import { unitId } from '../../normalise/ids';
import { identifyDocument, type DocumentIdentity } from './index';
import { classifyName, longPartyForm, normalName } from './name-form';

/** A document from pages of text lines (a string alone is one page). */
export function fixture(...pages: (string[] | string)[]): ExtractedDocument {
  let n = 0;
  const built = pages.map((page, p) => {
    const texts = typeof page === 'string' ? [page] : page;
    const lines: Line[] = texts.map((text) => ({
      page: p + 1,
      line: ++n,
      text,
      cells: text.split(/\s{2,}/).filter(Boolean).map((t) => ({ text: t })),
      positioned: false
    }));
    return { number: p + 1, lines };
  });
  return { file: 'fixture.txt', format: 'layout-text', encoding: 'utf-8', pages: built, lines: built.flatMap((p) => p.lines) };
}

const TOC = ['目 录', '一、部门主要职能', '二、部门机构设置', '三、名词解释'];
const TABLE = (title: string, label: string) => [title, label, '项目    合计    基本支出', '合计    100.00    100.00'];

interface Expected {
  name: string;
  province: string | null;
  city?: string | null;
  region?: string | null;
  year?: number | null;
  kind?: '预算' | '决算' | null;
  scope?: '部门' | '单位' | null;
}

const PUTUO = { province: '上海市', city: '上海市', region: '普陀区' };
const GUIHUA = '上海市普陀区规划和自然资源局';

const cases: [string, ExtractedDocument, Expected][] = [
  [
    'a cover title wrapped over two lines',
    fixture(['上海市普陀区规划和自然', '资源局2024年度部门预算', ...TOC]),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '预算', scope: '部门' }
  ],
  [
    'a cover title wrapped over three lines',
    fixture(['上海市普陀区', '规划和自然', '资源局2024年度部门决算', ...TOC]),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'a part title wrapped after the place words',
    fixture(['2024年度部门决算'], ['第二部分 上海市普陀区规划和自然', '资源局2024年度部门决算表', '一、收入支出决算总表']),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算' }
  ],
  [
    'a cover with the name alone, then the year title',
    fixture(['上海市普陀区规划和自然资源局', '2024年度部门决算', ...TOC]),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'a cover with the name split over two lines',
    fixture(['上海市普陀区规划和', '自然资源局', '2024年度部门决算', ...TOC]),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'a letter-spaced cover (justified Word title)',
    fixture(['江 苏 省 人 民 检 察 院', '2 0 1 8 年 部 门 预 算', '目 录', '第一部分 部门概况']),
    { name: '江苏省人民检察院', province: '江苏省', city: null, region: null, year: 2018, kind: '预算', scope: '部门' }
  ],
  [
    'a letter-spaced cover split over two lines',
    fixture(['江 苏 省 人 民', '检 察 院', '2018 年度部门预算', '目 录']),
    { name: '江苏省人民检察院', province: '江苏省', city: null, region: null, year: 2018, kind: '预算' }
  ],
  [
    'a letter-spaced cover name split over two lines, letter-spaced year title',
    fixture(['上 海 市 普 陀 区 规 划 和 自 然', '资 源 局', '2 0 2 4 年 度 部 门 决 算', '目 录']),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'the name only in 部门名称： header lines (full-width colon, 单位：万元 on the same line)',
    fixture(['2024年度部门决算'], TABLE('收入支出决算总表', '部门名称：上海市普陀区规划和自然资源局          单位：万元'), TABLE('收入决算表', '部门名称：上海市普陀区规划和自然资源局     单位：万元')),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算' }
  ],
  [
    'the name only in 编制单位: header lines (half-width colon, 金额单位：元)',
    fixture(['2026年单位预算'], TABLE('2026年预算单位财务收支预算总表', '编制单位:上海市普陀区司法局      金额单位：元')),
    { name: '上海市普陀区司法局', ...PUTUO, year: 2026, kind: '预算', scope: '单位' }
  ],
  [
    'the name only in 预算主管部门： on the cover',
    fixture(['上海市普陀区2025年区级部门预算', '预算主管部门：上海市普陀区财政局', ...TOC]),
    { name: '上海市普陀区财政局', ...PUTUO, year: 2025, kind: '预算', scope: '部门' }
  ],
  [
    'the name only in 单位： header lines (not the 单位：万元 unit of measure)',
    fixture(['2018年部门预算'], TABLE('公开01表 收支预算总表', '单位：江苏省人民检察院      单位：万元')),
    { name: '江苏省人民检察院', province: '江苏省', city: null, region: null, year: 2018, kind: '预算' }
  ],
  [
    'the name only in 部门： and 编制部门： labels, letter-spaced value',
    fixture(['2018年部门预算'], TABLE('收支预算总表', '部门：   江 苏 省 人 民 检 察 院        单位：万元')),
    { name: '江苏省人民检察院', province: '江苏省', city: null, region: null }
  ],
  [
    'reading order: the label alone, the name on the next line',
    fixture(['2025年部门预算'], ['2025年部门财务收支预算总表', '编制部门：', '上海市普陀区财政局', '单位：元', '收入', '支出']),
    { name: '上海市普陀区财政局', ...PUTUO, year: 2025, kind: '预算', scope: '部门' }
  ],
  [
    'reading order: the label, the unit of measure, then the name',
    fixture(['2025年部门预算'], ['收支预算总表', '部门：', '单位：万元', '江苏省人民检察院', '收入']),
    { name: '江苏省人民检察院', province: '江苏省', city: null, region: null }
  ],
  [
    'a label value cut by a line break',
    fixture(['2024年度部门决算'], ['收入支出决算总表', '编制部门：上海市普陀区规划和自然', '资源局', '项目    决算数']),
    { name: GUIHUA, ...PUTUO, kind: '决算' }
  ],
  [
    'reading order: a title broken at arbitrary points',
    fixture(['上海市普陀区规划和自然资源局2024年度部', '门决算', '目', '录', '第一部分 上海市普陀区规', '划和自然资源局概况']),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'reading order: a sentence fragment that looks like a title does not outvote the labels',
    fixture(
      ['2024年度部门决算'],
      ['纳入普陀区某中心2024年度部门决算', '编制范围的单位包括：', '收入支出决算总表', '编制部门：上海市普陀区财政局  单位：万元'],
      ['收入决算表', '编制部门：上海市普陀区财政局  单位：万元']
    ),
    { name: '上海市普陀区财政局', ...PUTUO, kind: '决算' }
  ],
  [
    'the 1st-part heading only (第一部分 X概况)',
    fixture(['第一部分 江苏省高级人民法院概况', '一、主要职能', '2017年度部门预算表']),
    { name: '江苏省高级人民法院', province: '江苏省', city: null, region: null, year: 2017, kind: '预算' }
  ],
  [
    'a year-first title (2017年度X部门预算公开)',
    fixture(['2017 年度江苏省高级人民法院部门预算公开', '目 录', '第一部分 部门概况']),
    { name: '江苏省高级人民法院', province: '江苏省', city: null, region: null, year: 2017, kind: '预算', scope: '部门' }
  ],
  [
    'a table title with the year and the unit (一、2017年度X部门收支预算总表)',
    fixture(['一、2017 年度江苏省政协办公厅部门收支预算总表', '单位：万元', '收入    支出']),
    { name: '江苏省政协办公厅', province: '江苏省', city: null, region: null, year: 2017, kind: '预算' }
  ],
  [
    'a name without its place takes the place from the cover',
    fixture(['上海市普陀区2026年区级部门预算', '目 录'], TABLE('2026年部门财务收支预算总表', '编制部门：普陀区司法局    单位：元')),
    { name: '普陀区司法局', ...PUTUO, year: 2026 }
  ],
  [
    'year, name and kind on three cover lines (year first)',
    fixture(['2024年度', '上海市普陀区规划和自然资源局', '部门决算（公开版）', '目 录']),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'name, kind, then the year on the cover',
    fixture(['上海市普陀区规划和自然资源局', '部门决算', '2024年度', '目 录']),
    { name: GUIHUA, ...PUTUO, year: 2024, kind: '决算', scope: '部门' }
  ],
  [
    'a name with no place words at all takes the division of the cover title',
    fixture(['上海市普陀区2026年区级部门预算', '目 录'], TABLE('2026年部门财务收支预算总表', '编制部门：司法局    单位：元')),
    { name: '司法局', ...PUTUO, year: 2026 }
  ],
  [
    'reading order: the label glued to the unit of measure, the name on the next line',
    fixture(['2018年部门预算'], ['收支预算总表', '部门：单位：万元', '江苏省人民检察院', '收入']),
    { name: '江苏省人民检察院', province: '江苏省', city: null, region: null }
  ],
  [
    'reading order: a label value split in the middle of a word',
    fixture(['2024年度部门决算'], ['收入支出决算总表', '编制部门：上海市普陀区规', '划和自然资源局', '单位：万元']),
    { name: GUIHUA, ...PUTUO }
  ],
  [
    'a prefecture-level city unit',
    fixture(['苏州市吴中区教育局', '2023年度部门预算']),
    { name: '苏州市吴中区教育局', province: '江苏省', city: '苏州市', region: '吴中区', year: 2023 }
  ],
  [
    'a province-level unit with a bracketed alias',
    fixture(['江苏省人民政府办公厅（江苏省人民政府研究室）', '2019年部门预算']),
    { name: '江苏省人民政府办公厅（江苏省人民政府研究室）', province: '江苏省', city: null, region: null, year: 2019 }
  ]
];

const pick = (id: DocumentIdentity, e: Expected) => ({
  name: id.unit.name,
  province: id.unit.province,
  ...('city' in e ? { city: id.unit.city } : {}),
  ...('region' in e ? { region: id.unit.region } : {}),
  ...('year' in e ? { year: id.year } : {}),
  ...('kind' in e ? { kind: id.docKind } : {}),
  ...('scope' in e ? { scope: id.docScope } : {})
});

describe('identifyDocument on synthetic documents', () => {
  it.each(cases)('%s', (_, doc, expected) => {
    const id = identifyDocument(doc);
    expect(pick(id, expected)).toEqual(expected);
    expect(id.issues.map((i) => i.code)).not.toContain('unit-name-missing');
  });
});

describe('中共 / 中国共产党 aliases', () => {
  const id = (doc: ExtractedDocument) => {
    const identity = identifyDocument(doc);
    return { identity, unitId: unitId({ unit: identity.unit } as Disclosure) };
  };

  it.each([
    ['中共江苏省委办公厅', '中国共产党江苏省委员会办公厅', '江苏省', null],
    ['中共上海市普陀区委组织部', '中国共产党上海市普陀区委员会组织部', '上海市', '普陀区']
  ])('%s and %s are one unit with one id', (short, long, province, region) => {
    const a = id(fixture(['2018年部门预算'], TABLE('收支预算总表', `编制部门：${short}    单位：万元`)));
    const b = id(fixture([long, '2018年部门预算', '目 录']));
    expect(a.identity.unit.name).toBe(short);
    expect(b.identity.unit.name).toBe(short);
    expect([b.identity.unit.province, b.identity.unit.region]).toEqual([province, region]);
    expect(a.unitId).toBe(b.unitId);
    expect(b.identity.unit.variants).toContain(long);
  });

  it('takes the short form as canonical even when the document mostly writes the long one', () => {
    const doc = fixture(
      ['中国共产党江苏省委员会办公厅', '2018年部门预算'],
      TABLE('收支预算总表', '部门：中国共产党江苏省委员会办公厅   单位：万元'),
      TABLE('收入预算总表', '部门：中共江苏省委办公厅   单位：万元')
    );
    const identity = identifyDocument(doc);
    expect(identity.unit.name).toBe('中共江苏省委办公厅');
    expect(identity.unit.variants).toEqual(expect.arrayContaining(['中共江苏省委办公厅', '中国共产党江苏省委员会办公厅']));
    expect(identity.unit.province).toBe('江苏省');
  });

  it.each([
    ['中国共产党江苏省委员会办公厅', '中共江苏省委办公厅'],
    ['中共江苏省委员会办公厅', '中共江苏省委办公厅'],
    ['中国共产党上海市普陀区委员会', '中共上海市普陀区委'],
    ['中国共产党普陀区委员会宣传部', '中共普陀区委宣传部'],
    ['中共江苏省纪律检查委员会', '中共江苏省纪律检查委员会'],
    ['江苏省人民检察院', '江苏省人民检察院']
  ])('normal form of %s is %s', (name, normal) => {
    expect(normalName(name)).toBe(normal);
    expect(normalName(normal)).toBe(normal);
  });

  it('spells the long form back', () => {
    expect(longPartyForm('中共江苏省委办公厅')).toBe('中国共产党江苏省委员会办公厅');
    expect(longPartyForm('中共上海市普陀区委组织部')).toBe('中国共产党上海市普陀区委员会组织部');
  });
});

describe('agreement between readings', () => {
  it('labels outvote a single cover title, and a second unit named as often is reported', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => TABLE(`表${i + 1}`, '编制部门：上海市普陀区财政局    单位：元'));
    const one = identifyDocument(fixture(['上海市普陀区司法局', '2024年度部门决算'], ...labels(3)));
    expect(one.unit.name).toBe('上海市普陀区财政局');
    expect(one.issues.map((i) => i.code)).not.toContain('unit-name-conflict');
    const two = identifyDocument(
      fixture(['上海市普陀区司法局', '2024年度部门决算'], ['第一部分 上海市普陀区司法局概况'], ['第二部分 上海市普陀区司法局2024年度部门决算表'], ...labels(3))
    );
    expect(two.issues.find((i) => i.code === 'unit-name-conflict')?.message).toMatch(/上海市普陀区司法局/);
  });

  it('the tail a wrap leaves on a title line counts for the whole name, not as a unit of its own', () => {
    const id = identifyDocument(fixture(['上海市普陀区规划和自然', '资源局2024年度部门决算'], ['第二部分 上海市普陀区规划和自然', '资源局2024年度部门决算表']));
    expect(id.unit.name).toBe(GUIHUA);
    expect(id.unit.variants).toEqual([GUIHUA]);
  });
});

describe('placeholders and missing names (never a default)', () => {
  it.each([
    ['a letter-spaced template cover', ['上海市 XX 局', '2024 年度部门决算', '目 录', '第一部分 上海市 XX 局概况', '第二部分 上海市 XX 局 2024 年度部门决算表']],
    ['×× placeholders', ['上海市××区××局', '2024年度部门决算']],
    ['a placeholder in the labels', ['2024年度部门决算', '收入支出决算总表', '编制部门：上海市XX区XX局     单位：万元']]
  ])('%s gives no name and says so', (_, lines) => {
    const id = identifyDocument(fixture(lines));
    expect(id.unit.name).toBe('');
    expect(id.unit.variants).toEqual([]);
    expect(id.issues.map((i) => i.code)).toContain('unit-name-placeholder');
    expect(id.docKind).toBe('决算');
    expect(id.year).toBe(2024);
  });

  it('a leftover placeholder does not outvote the real name', () => {
    const id = identifyDocument(
      fixture(['上海市普陀区财政局', '2024年度部门决算'], TABLE('收入支出决算总表', '编制部门：上海市普陀区财政局  单位：万元'), ['第一部分 上海市XX局概况'])
    );
    expect(id.unit.name).toBe('上海市普陀区财政局');
    expect(id.issues.map((i) => i.code)).not.toContain('unit-name-placeholder');
  });

  it('a document naming no unit has an empty name, null places and an issue', () => {
    const id = identifyDocument(fixture(['2024年度部门决算', '收入支出决算总表', '单位：万元', '项目  决算数']));
    expect(id.unit).toEqual({ name: '', variants: [], province: null, city: null, region: null, divisionCode: null });
    expect(id.issues.map((i) => i.code)).toContain('unit-name-missing');
    expect([id.year, id.docKind]).toEqual([2024, '决算']);
  });

  it('单位：万元 alone is no name', () => {
    const id = identifyDocument(fixture(['收支预算总表', '单位：万元', '单位：', '万元']));
    expect(id.unit.name).toBe('');
  });
});

describe('document kind', () => {
  it.each<[string, string[], '预算' | '决算' | null, number | null]>([
    ['决算 from the cover', ['上海市普陀区财政局', '2024年度部门决算'], '决算', 2024],
    ['决算 from table titles without a year', ['上海市普陀区财政局', '一、收入支出决算总表', '二、收入决算表', '收入支出决算总表'], '决算', null],
    ['a title broken before 决算 (reading order)', ['2024年度部门', '决算', '目录'], '决算', 2024],
    ['a table title broken inside the word', ['第二部分 上海市普陀区财政局2024年度部门决', '算表'], '决算', 2024],
    ['预算 with 一般公共预算 inside 决算 titles still 决算', ['一般公共预算财政拨款支出决算表', '政府性基金预算财政拨款收入支出决算表'], '决算', null]
  ])('%s', (_, lines, kind, year) => {
    const id = identifyDocument(fixture(lines));
    expect([id.docKind, id.year]).toEqual([kind, year]);
  });
});

describe('classifyName', () => {
  it.each([
    ['上海市普陀区财政局', 'name'],
    ['上海市普陀区规划和自然', 'partial'],
    ['上海市普陀区', 'place'],
    ['上海市XX局', 'placeholder'],
    ['××区××局', 'placeholder'],
    ['上海市某区某局', 'name'],
    ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', 'name'],
    ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区', 'partial'],
    ['万元', null],
    ['部门', null],
    ['本单位', null],
    ['财政拨款收支预算总表情况说明本表反映江苏省高级人民法院', null],
    ['2024年度上海市普陀区财政局', null]
  ])('%s → %s', (text, kind) => {
    expect(classifyName(text)).toBe(kind);
  });
});

describe('speed', () => {
  it('reads documents with 10,000-character lines in linear time', () => {
    const long = '上海市普陀区财政局'.repeat(1200);
    const spaced = `编制单位：${'上 '.repeat(5000)}`;
    const colons = '部门：单位：'.repeat(2000);
    const doc = fixture([
      '上海市普陀区财政局', '2024年度部门决算', long, spaced, colons, `${'一'.repeat(9990)}2024年度部门决算`, '编制部门：', long,
      `编制部门：${'甲'.repeat(10000)}`, `${'第二部分 '.repeat(1000)}`, `${'局 '.repeat(5000)}`
    ]);
    const start = performance.now();
    const id = identifyDocument(doc);
    expect(performance.now() - start).toBeLessThan(500);
    expect(id.unit.name).toBe('上海市普陀区财政局');
  });
});
