import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile, joinDocuments } from '../../extract';
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
    const lines = [line(1, '示例县人民政府办公室'), line(2, '一、主要职能'), line(3, '负责日常工作。')];
    const doc: ExtractedDocument = { file: 'x.txt', format: 'seed-text', encoding: 'utf-8', pages: [{ number: 1, lines }], lines };
    const id = identifyDocument(doc);
    expect(id.docKind).toBeNull();
    expect(id.docScope).toBeNull();
    expect(id.year).toBeNull();
    expect(id.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['doc-kind-unknown', 'doc-scope-unknown', 'year-unknown', 'division-unresolved']));
  });
});

/** The corpus documents as each format gives them (05 is two files, joined as the CLI joins them). */
const CORPUS_DOCS: {
  id: string;
  files: string[];
  name: string;
  variants: string[];
  province: string;
  city: string | null;
  region: string | null;
  code: string;
  year: number;
  kind: '预算' | '决算';
  scope: '部门' | '单位';
}[] = [
  { id: '01', files: ['01_sh_putuo_finance_bureau_2025_dept_budget'], name: '上海市普陀区财政局', variants: ['上海市普陀区财政局'], province: '上海市', city: '上海市', region: '普陀区', code: '310107', year: 2025, kind: '预算', scope: '部门' },
  { id: '02', files: ['02_sh_putuo_justice_bureau_2026_dept_budget'], name: '上海市普陀区司法局', variants: ['上海市普陀区司法局', '普陀区司法局'], province: '上海市', city: '上海市', region: '普陀区', code: '310107', year: 2026, kind: '预算', scope: '部门' },
  { id: '03', files: ['03_sh_putuo_justice_bureau_2026_unit_budget'], name: '上海市普陀区司法局', variants: ['上海市普陀区司法局'], province: '上海市', city: '上海市', region: '普陀区', code: '310107', year: 2026, kind: '预算', scope: '单位' },
  { id: '04', files: ['04_js_procuratorate_2018_dept_budget'], name: '江苏省人民检察院', variants: ['江苏省人民检察院'], province: '江苏省', city: null, region: null, code: '320000', year: 2018, kind: '预算', scope: '部门' },
  {
    id: '05', files: ['05_js_cppcc_office_2017_dept_budget_part1_narrative', '05_js_cppcc_office_2017_dept_budget_part2_tables'],
    name: '江苏省政协办公厅', variants: ['江苏省政协办公厅'], province: '江苏省', city: null, region: null, code: '320000', year: 2017, kind: '预算', scope: '部门'
  },
  { id: '06', files: ['06_js_high_court_2017_dept_budget'], name: '江苏省高级人民法院', variants: ['江苏省高级人民法院'], province: '江苏省', city: null, region: null, code: '320000', year: 2017, kind: '预算', scope: '部门' },
  { id: '09', files: ['09_sh_putuo_finance_bureau_2024_dept_final'], name: '上海市普陀区财政局', variants: ['上海市普陀区财政局', '普陀区财政局'], province: '上海市', city: '上海市', region: '普陀区', code: '310107', year: 2024, kind: '决算', scope: '部门' }
];

const FORMATS = [
  ['text', 'txt'],
  ['pdf', 'pdf'],
  ['reading-order', 'txt']
] as const;

async function corpusDocument(dir: string, ext: string, files: string[]): Promise<ExtractedDocument> {
  const parts: ExtractedDocument[] = [];
  for (const file of files) {
    const path = new URL(`../../../../tests/corpus/${dir}/${file}.${ext}`, import.meta.url);
    const result = await extractFile(`${file}.${ext}`, new Uint8Array(readFileSync(path)));
    if (!result.ok) throw new Error(result.error.message);
    parts.push(result.document);
  }
  return parts.length === 1 ? parts[0]! : joinDocuments(parts);
}

describe.each(FORMATS)('identifyDocument on the corpus from %s', (dir, ext) => {
  it.each(CORPUS_DOCS)('$id $name $year $scope$kind', async (c) => {
    const id = identifyDocument(await corpusDocument(dir, ext, c.files));
    expect(id.unit).toEqual({ name: c.name, variants: c.variants, province: c.province, city: c.city, region: c.region, divisionCode: c.code });
    expect([id.year, id.docKind, id.docScope]).toEqual([c.year, c.kind, c.scope]);
    expect(id.issues).toEqual([]);
  }, 60_000);

  it('10 (the blank 决算 template, 上海市XX局) names no unit and says so', async () => {
    const id = identifyDocument(await corpusDocument(dir, ext, ['10_sh_dept_final_accounts_template_2024']));
    expect(id.unit.name).toBe('');
    expect(id.unit.variants).toEqual([]);
    expect([id.unit.province, id.unit.region]).toEqual(['上海市', null]);
    expect(id.issues.map((i) => i.code)).toEqual(['unit-name-placeholder']);
    expect([id.year, id.docKind, id.docScope]).toEqual([2024, '决算', '部门']);
  }, 60_000);
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
