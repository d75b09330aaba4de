import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, Line } from '../../extract/types';
import { CORPUS, load, SEED_000, SEED_001 } from '../narrative/test-helpers';
import { resolveDivision } from './division';
import { identifyDocument } from './index';

const cases: {
  file: string | URL;
  name: string;
  variants: string[];
  province: string;
  city: string | null;
  region: string | null;
  code: string;
  year: number;
  kind: '预算' | '决算';
  scope: '部门' | '单位';
  published: string | null;
}[] = [
  {
    file: SEED_000, name: '乌鲁木齐县人民政府办公室', variants: ['乌鲁木齐县人民政府办公室', '乌木齐县人民政府办公室'],
    province: '新疆维吾尔自治区', city: '乌鲁木齐市', region: '乌鲁木齐县', code: '650121',
    year: 2023, kind: '预算', scope: '单位', published: '2023-02-15'
  },
  {
    file: SEED_001, name: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）',
    variants: ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', '乌尔禾区政府办公室'],
    province: '新疆维吾尔自治区', city: '克拉玛依市', region: '乌尔禾区', code: '650205',
    year: 2023, kind: '预算', scope: '部门', published: '2023-02-06'
  },
  {
    file: CORPUS('01_sh_putuo_finance_bureau_2025_dept_budget.txt'), name: '上海市普陀区财政局', variants: ['上海市普陀区财政局'],
    province: '上海市', city: '上海市', region: '普陀区', code: '310107', year: 2025, kind: '预算', scope: '部门', published: null
  },
  {
    file: CORPUS('03_sh_putuo_justice_bureau_2026_unit_budget.txt'), name: '上海市普陀区司法局', variants: ['上海市普陀区司法局'],
    province: '上海市', city: '上海市', region: '普陀区', code: '310107', year: 2026, kind: '预算', scope: '单位', published: null
  },
  {
    file: CORPUS('04_js_procuratorate_2018_dept_budget.txt'), name: '江苏省人民检察院', variants: ['江苏省人民检察院'],
    province: '江苏省', city: null, region: null, code: '320000', year: 2018, kind: '预算', scope: '部门', published: null
  },
  {
    file: CORPUS('05_js_cppcc_office_2017_dept_budget_part1_narrative.txt'), name: '江苏省政协办公厅', variants: ['江苏省政协办公厅'],
    province: '江苏省', city: null, region: null, code: '320000', year: 2017, kind: '预算', scope: '部门', published: null
  },
  {
    file: CORPUS('06_js_high_court_2017_dept_budget.txt'), name: '江苏省高级人民法院', variants: ['江苏省高级人民法院'],
    province: '江苏省', city: null, region: null, code: '320000', year: 2017, kind: '预算', scope: '部门', published: null
  }
];

describe('identifyDocument', () => {
  it.each(cases)('$name ($year $scope$kind)', (c) => {
    const id = identifyDocument(load(c.file));
    expect(id.unit).toEqual({
      name: c.name, variants: c.variants, province: c.province, city: c.city, region: c.region, divisionCode: c.code
    });
    expect([id.year, id.docKind, id.docScope, id.publishedOn]).toEqual([c.year, c.kind, c.scope, c.published]);
  });

  it('keeps the name variants of seed 000 as data, not as a parse issue (the check stage reports them)', () => {
    const id = identifyDocument(load(SEED_000));
    expect(id.unit.variants).toEqual(['乌鲁木齐县人民政府办公室', '乌木齐县人民政府办公室']);
    expect(id.issues.filter((i) => i.code === 'unit-name-variants')).toEqual([]);
  });

  it('says so when it cannot tell 预算 from 决算 or 部门 from 单位 (no default)', () => {
    const line = (n: number, text: string): Line => ({ page: 1, line: n, text, cells: [{ text }], positioned: false });
    const lines = [line(1, '某某县人民政府办公室'), line(2, '一、主要职能'), line(3, '负责日常工作。')];
    const doc: ExtractedDocument = { file: 'x.txt', format: 'seed-text', encoding: 'utf-8', pages: [{ number: 1, lines }], lines };
    const id = identifyDocument(doc);
    expect(id.docKind).toBeNull();
    expect(id.docScope).toBeNull();
    expect(id.year).toBeNull();
    expect(id.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['doc-kind-unknown', 'doc-scope-unknown', 'year-unknown', 'division-unresolved']));
  });
});

describe('resolveDivision', () => {
  it.each([
    ['乌鲁木齐县人民政府办公室', '新疆维吾尔自治区', '乌鲁木齐市', '乌鲁木齐县'],
    ['克拉玛依市乌尔禾区人民政府办公室', '新疆维吾尔自治区', '克拉玛依市', '乌尔禾区'],
    ['上海市普陀区司法局', '上海市', '上海市', '普陀区'],
    ['江苏省人民检察院', '江苏省', null, null],
    // Place names are read only from the start, level after level: 普陀区 alone is ambiguous
    // (上海市 and 舟山市 both have one), and 乌鲁木齐市 inside a longer word is not a place.
    ['普陀区司法局', null, null, null],
    ['驻乌鲁木齐市办事处', null, null, null]
  ])('%s', (name, province, city, region) => {
    const d = resolveDivision(name);
    expect([d.province, d.city, d.region]).toEqual([province, city, region]);
  });

  it('flags a county name shared by two places as ambiguous', () => {
    expect(resolveDivision('普陀区司法局').ambiguous).toBe(true);
  });
});
