/**
 * The conformance contract for the corpus: for every corpus document, the complete `unit_summary`
 * rows (DESIGN.md "unit_summary.csv") that the pipeline should produce, read by hand from the
 * document text (tests/corpus/text/*.txt, `pdftotext -layout`), never from the parser's output.
 *
 * - Amounts are exact 万元 decimal strings in the form formatWanyuanExact writes them
 *   (31,214,205.80元 → '3121.42058'); counts are numbers.
 * - `null` = the document does not state the column at all. '0.00' = the document states zero:
 *   a blank cell in a printed table row, a table the document declares empty, or a narrative
 *   "0万元" / "无…".
 * - `prior` = the previous year, derived only from the narrative's comparisons ("比上年预算增加 X",
 *   "与上年相比减少 X", "与上年数一致", "持平" …); a sum is derived only when all its parts are known.
 *   Prior figures are based on the narrative's own (rounded) 万元 figures.
 *
 * Evidence comments give the text file, page (form-feed count + 1) and line: `p.9 l.144`. For 05,
 * `n` is part 1 (narrative) and `t` part 2 (tables).
 *
 * KNOWN_GAPS (at the end) lists the cells the pipeline currently gets wrong. The conformance test
 * (tests/integration/conformance.test.ts) asserts that the failing cells are exactly this list, so
 * remove an entry when the parser is fixed, and never add one to hide a regression.
 */
import type { SummaryAmount, SummaryCount } from '../../src/lib/normalise/rows';

export type SummaryColumn = SummaryAmount | SummaryCount;

export interface ExpectedIdentity {
  unit_name: string;
  region: string | null;
  city: string | null;
  province: string | null;
  year: number;
  doc_kind: '预算' | '决算';
  doc_scope: '部门' | '单位';
}

/** Amount columns hold exact 万元 strings, count columns whole numbers. */
export type ExpectedRow = { [K in SummaryAmount]: string | null } & { [K in SummaryCount]: number | null };

export interface ExpectedDocument {
  /** Corpus number, "01" … "10". */
  doc: string;
  /** Base file names (no extension), in reading order; 05 has two parts. */
  files: string[];
  identity: ExpectedIdentity;
  stated: ExpectedRow;
  prior: ExpectedRow;
}

/** The formats the conformance test pins down with KNOWN_GAPS (the CLI also measures optional text folders). */
export const TESTED_FORMATS = ['text', 'pdf'] as const;
export type TestedFormat = (typeof TESTED_FORMATS)[number];

/** A cell that currently fails: `column` is `identity.<field>`, `stated.<column>` or `prior.<column>`. */
export interface KnownGap {
  doc: string;
  format: TestedFormat;
  column: string;
}

/** A row where nothing is stated (10, and the base for prior rows). */
const NOTHING: ExpectedRow = {
  income_total: null,
  appropriation: null,
  general_budget: null,
  gov_fund: null,
  state_capital: null,
  carryover: null,
  expenditure_total: null,
  basic: null,
  project: null,
  personnel: null,
  public_funds: null,
  sangong_total: null,
  sangong_outbound: null,
  sangong_reception: null,
  sangong_vehicle_total: null,
  sangong_vehicle_purchase: null,
  sangong_vehicle_operation: null,
  operating_costs: null,
  procurement_total: null,
  staff_quota: null,
  staff_actual: null,
  staff_active: null,
  staff_retired: null,
  staff_retired_veteran: null,
  vehicles: null
};

/** No corpus document gives staff numbers (编制数 / 实有人数 / 在职 / 退休 / 离休) for the whole unit. */
const NO_STAFF = { staff_quota: null, staff_actual: null, staff_active: null, staff_retired: null, staff_retired_veteran: null } as const;

export const EXPECTED: ExpectedDocument[] = [
  // ───────────────────────────── 01 上海市普陀区财政局 2025 部门预算 (text: 01_…txt) ─────────────────────────────
  {
    doc: '01',
    files: ['01_sh_putuo_finance_bureau_2025_dept_budget'],
    identity: {
      unit_name: '上海市普陀区财政局', // p.1 l.3: 预算主管部门：上海市普陀区财政局
      region: '普陀区', // p.1 l.1: 上海市普陀区2025年区级部门预算
      city: '上海市', // p.1 l.1
      province: '上海市', // p.1 l.1 (直辖市)
      year: 2025, // p.1 l.1
      doc_kind: '预算', // p.1 l.1: …部门预算
      doc_scope: '部门' // p.9 l.122: 编制部门：
    },
    stated: {
      income_total: '3121.42058', // t1 p.9 l.144: 收入总计 31,214,205.80
      appropriation: '3121.42058', // t1 p.9 l.127: 一、财政拨款收入 31,214,205.80
      general_budget: '3121.42058', // t1 p.9 l.129: 1. 一般公共预算资金 31,214,205.80
      gov_fund: '0.00', // t1 p.9 l.131: "2. 政府性基金" printed with a blank cell; t6 p.17 l.308 declared empty
      state_capital: '0.00', // t1 p.9 l.133: "3. 国有资本经营预算" blank cell; t7 p.18 l.322 declared empty
      carryover: null, // the Shanghai 预算 收支总表 has no 上年结转 row; nothing in the narrative
      expenditure_total: '3121.42058', // t1 p.9 l.144: 支出总计 31,214,205.80
      basic: '2512.1091', // t3 p.13 l.232: 合计 31,214,205.80  25,121,091.00  6,093,114.80
      project: '609.31148', // t3 p.13 l.232
      personnel: '2282.6756', // 经济分类表 p.20 l.379: 合计 25,121,091.00  22,826,756.00  2,294,335.00
      public_funds: '229.4335', // p.20 l.379
      sangong_total: '0.95', // 三公表 p.21 l.393: "0.95  0.95  229.43" under 合计 / 公务接待费 / 机关运行经费
      sangong_outbound: '0.00', // p.21 l.393 blank under 因公出国(境)费; narrative p.22 l.397: 因公出国（境）费0万元
      sangong_reception: '0.95', // p.21 l.393; narrative p.22 l.400: 公务接待费0.95万元
      sangong_vehicle_total: '0.00', // p.21 l.393 blank under 小计; p.22 l.398: 公务车购置及运行费0万元
      sangong_vehicle_purchase: '0.00', // p.21 l.393 blank; p.22 l.398: 公务用车购置费0万元
      sangong_vehicle_operation: '0.00', // p.21 l.393 blank; p.22 l.399: 公务车用车运行费0万元
      operating_costs: '229.43', // p.21 l.393; p.22 l.402: 机关运行经费预算为229.43万元
      procurement_total: '117.00', // p.22 l.404: 政府采购预算117.00万元
      ...NO_STAFF,
      vehicles: 0 // p.22 l.410: 截至2024年8月31日，财政局共有车辆0辆
    },
    prior: {
      ...NOTHING,
      // income_total: p.7 l.84 "收入预算3,121.42万元" has no comparison of its own (only 财政拨款收入 has one).
      appropriation: '3013.80', // p.7 l.84: 财政拨款收入3,121.42万元，比2024年预算增加107.62万元
      general_budget: '3013.80', // p.7 l.87: 一般公共预算拨款支出预算3,121.42万元，比2024年预算增加107.62万元
      gov_fund: '0.00', // p.7 l.87-88: 政府性基金拨款支出预算0万元，与2024年预算持平
      state_capital: '0.00', // p.7 l.88: 国有资本经营预算拨款支出预算0万元，与2024年预算持平
      sangong_total: '0.95', // p.22 l.396: “三公”经费预算数为0.95万元，与2024年预算持平
      sangong_outbound: '0.00', // p.22 l.397: 因公出国（境）费0万元，与2024年预算持平
      sangong_reception: '0.95', // p.22 l.400: 公务接待费0.95万元，与2024年预算持平
      sangong_vehicle_total: '0.00', // derived: purchase 0 + operation 0 (the 小计 itself has no comparison)
      sangong_vehicle_purchase: '0.00', // p.22 l.398: 公务用车购置费0万元，与2024年预算一致
      sangong_vehicle_operation: '0.00' // p.22 l.399: 公务车用车运行费0万元，与2024年预算一致
      // operating_costs p.22 l.402 and procurement p.22 l.404: no comparison.
    }
  },

  // ───────────────────────────── 02 上海市普陀区司法局 2026 部门预算 ─────────────────────────────
  {
    doc: '02',
    files: ['02_sh_putuo_justice_bureau_2026_dept_budget'],
    identity: {
      unit_name: '上海市普陀区司法局', // p.1 l.3: 预算主管部门：上海市普陀区司法局
      region: '普陀区', // p.1 l.1: 上海市普陀区2026年区级部门预算
      city: '上海市',
      province: '上海市',
      year: 2026, // p.1 l.1
      doc_kind: '预算',
      doc_scope: '部门' // p.10 l.139: 编制部门：
    },
    stated: {
      income_total: '9628.221344', // t1 p.10 l.154: 收入总计 96,282,213.44
      appropriation: '9628.221344', // t1 p.10 l.143: 一、财政拨款收入 96,282,213.44
      general_budget: '9628.221344', // t1 p.10 l.144: 1. 一般公共预算 96,282,213.44
      gov_fund: '0.00', // t1 p.10 l.145: 2. 政府性基金预算 0.00
      state_capital: '0.00', // t1 p.10 l.146: 3. 国有资本经营预算 0.00
      carryover: null, // no 上年结转 row in this template
      expenditure_total: '9628.221344', // t1 p.10 l.154: 支出总计 96,282,213.44
      basic: '2574.166644', // t3 p.13 l.226: 合计 96282213.44  25741666.44  70540547.00
      project: '7054.0547', // p.13 l.226
      personnel: '2356.3342', // 经济分类表 p.20 l.340: 合计 25741666.44  23563342.00  2178324.44
      public_funds: '217.832444', // p.20 l.340
      sangong_total: '10.81', // 三公表 p.21 l.353: 10.81  0  0.83  9.98  0  9.98  217.83
      sangong_outbound: '0.00', // p.21 l.353 (0)
      sangong_reception: '0.83', // p.21 l.353; p.22 l.361
      sangong_vehicle_total: '9.98', // p.21 l.353; p.22 l.359
      sangong_vehicle_purchase: '0.00', // p.21 l.353 (0)
      sangong_vehicle_operation: '9.98', // p.21 l.353; p.22 l.360
      operating_costs: '217.83', // p.21 l.353; p.22 l.363
      procurement_total: '1486.42', // p.22 l.365: 政府采购预算1486.42万元
      ...NO_STAFF,
      vehicles: 3 // p.22 l.373: 截至2025年8月31日，上海市普陀区司法局共有车辆3辆
    },
    prior: {
      ...NOTHING,
      // The narrative compares with "2026年预算" (a real error: the previous year is 2025, README). A
      // comparison of the 2026 budget with itself makes no sense, so it is read as the previous year's.
      appropriation: '8835.08', // p.8 l.91: 财政拨款收入9628.22万元，比2026年预算增加793.14万元
      general_budget: '8835.08', // p.8 l.93-94: 一般公共预算拨款支出预算9628.22万元，比2026年预算增加793.14万元
      gov_fund: '0.00', // p.8 l.94: 政府性基金拨款支出预算0万元，与2026年预算持平
      state_capital: '0.00', // p.8 l.94-95: 国有资本经营预算拨款支出预算0万元，与2026年预算持平
      sangong_total: '10.81', // p.22 l.357: “三公”经费预算数为10.81万元，比2025年预算持平
      sangong_outbound: '0.00', // p.22 l.358: 因公出国（境）费0万元，与2025年预算持平
      sangong_reception: '0.83', // p.22 l.361: 公务接待费0.83万元。与2025年预算持平
      sangong_vehicle_total: '9.98', // p.22 l.359: 公务用车购置及运行费9.98万元，与2025年预算持平
      sangong_vehicle_purchase: '0.00', // p.22 l.359-360: 公务用车购置费0万元，与2025年预算持平
      sangong_vehicle_operation: '9.98' // p.22 l.360: 公务用车运行费9.98万元，与2025年预算持平
    }
  },

  // ───────────────────────────── 03 上海市普陀区司法局 2026 单位预算 ─────────────────────────────
  {
    doc: '03',
    files: ['03_sh_putuo_justice_bureau_2026_unit_budget'],
    identity: {
      unit_name: '上海市普陀区司法局', // p.8 l.104: 编制单位：上海市普陀区司法局
      region: '普陀区',
      city: '上海市',
      province: '上海市',
      year: 2026, // p.8 l.103: 2026年预算单位财务收支预算总表
      doc_kind: '预算',
      doc_scope: '单位' // p.8 l.104: 编制单位：; p.6 l.65: 2026年单位预算编制说明
    },
    stated: {
      income_total: '8695.940834', // t1 p.8 l.122: 收入总计 86,959,408.34
      appropriation: '8695.940834', // t1 p.8 l.111: 一、财政拨款收入 86,959,408.34
      general_budget: '8695.940834', // t1 p.8 l.112: 1、一般公共预算 86,959,408.34
      gov_fund: '0.00', // t1 p.8 l.113: 2、政府性基金预算 0.00
      state_capital: '0.00', // t1 p.8 l.114: 3、国有资本经营预算 0.00
      carryover: null, // no 上年结转 row
      expenditure_total: '8695.940834', // t1 p.8 l.122: 支出总计 86,959,408.34
      // t3 p.12 l.181 prints the 合计 row's 基本支出 as the integer "22,118,861" (the 经济分类 table, p.19
      // l.302, and 86,959,408.34 − 64,840,547.00 give 22,118,861.34). The stated figure is as printed.
      basic: '2211.8861', // t3 p.12 l.181: 合计 86,959,408.34  22,118,861  64,840,547.00
      project: '6484.0547', // p.12 l.181
      personnel: '2027.2981', // 经济分类表 p.19 l.302: 合计 22,118,861.34  20,272,981.00  1,845,880.34
      public_funds: '184.588034', // p.19 l.302
      sangong_total: '10.71', // 三公表 p.20 l.315: 10.71  0.00  0.73  9.98  0.00  9.98  184.59
      sangong_outbound: '0.00', // p.20 l.315
      sangong_reception: '0.73', // p.20 l.315; p.21 l.323
      sangong_vehicle_total: '9.98', // p.20 l.315; p.21 l.321
      sangong_vehicle_purchase: '0.00', // p.20 l.315
      sangong_vehicle_operation: '9.98', // p.20 l.315; p.21 l.322
      operating_costs: '184.59', // p.20 l.315; p.21 l.325
      procurement_total: '1484.20', // p.21 l.327: 政府采购预算1484.2万元
      ...NO_STAFF,
      vehicles: 3 // p.21 l.332: 共有车辆3辆
    },
    prior: {
      ...NOTHING,
      appropriation: '7901.06', // p.6 l.67: 财政拨款收入8695.94万元，比2025年预算增加794.88万元
      general_budget: '7901.06', // p.6 l.69-70: 一般公共预算拨款支出预算8695.94万元，比2025年预算增加794.88万元
      gov_fund: '0.00', // p.6 l.70: 政府性基金拨款支出预算0万元，与2025年预算持平
      state_capital: '0.00', // p.6 l.70-71: 国有资本经营预算拨款支出预算0万元，与2025年预算持平
      sangong_total: '10.71', // p.21 l.319: “三公”经费预算数为10.71万元，与2025年预算数持平
      sangong_outbound: '0.00', // p.21 l.320
      sangong_reception: '0.73', // p.21 l.323
      sangong_vehicle_total: '9.98', // p.21 l.321: 公务用车购置及运行费9.98万元，与2025年预算数持平
      sangong_vehicle_purchase: '0.00', // p.21 l.321
      sangong_vehicle_operation: '9.98' // p.21 l.322
    }
  },

  // ───────────────────────────── 04 江苏省人民检察院 2018 部门预算 ─────────────────────────────
  {
    doc: '04',
    files: ['04_js_procuratorate_2018_dept_budget'],
    identity: {
      unit_name: '江苏省人民检察院', // p.1 l.1; p.13 l.290: 部门： 江苏省人民检察院
      region: null, // a provincial department: no county-level division
      city: null, // … and no prefecture-level city
      province: '江苏省',
      year: 2018, // p.1 l.4: 2018年部门预算
      doc_kind: '预算',
      doc_scope: '部门' // p.1 l.4; p.6 l.114: 纳入本部门 2018 年部门汇总预算
    },
    stated: {
      income_total: '21955.35', // 公开01 p.14 l.353: 收入合计 21,955.35
      appropriation: '21940.96', // 公开01 p.13 l.298: 一、财政拨款 21,940.96
      general_budget: '21940.96', // 公开01 p.13 l.301: 1.一般公共预(算) 21,940.96
      gov_fund: '0.00', // 公开01 p.13 l.303: 2.政府性基金预算, blank cell; 公开10 p.19 l.697 此表为空
      state_capital: '0.00', // no table row, but p.30 l.1128: 2018 年本部门无国有资本经营预算收入
      carryover: '0.00', // 公开01 p.14 l.351: 上年结转资金, blank cell
      expenditure_total: '21955.35', // 公开01 p.14 l.353: 支出合计 21,955.35
      basic: '13994.31', // 公开03 p.15 l.406: 21,955.35  13,994.31  5,573.00  2,388.04 (all funds)
      project: '5573.00', // p.15 l.406 (单位预留机动经费 2,388.04 is not project)
      // 公开08 has one amount column; the narrative splits it (人员经费 = 301 + 303 = 10,204.52 + 1,052.83).
      personnel: '11257.35', // p.28 l.1074: （一）人员经费 11,257.35 万元 (一般公共预算基本支出)
      public_funds: '2722.57', // p.28 l.1078: （二）公用经费 2,722.57 万元
      sangong_total: '484.30', // 公开09 p.19 l.686: 1,384.74  484.30  100.00  267.80  [blank]  267.80  116.50  200.44  700.00
      sangong_outbound: '100.00', // p.19 l.686
      sangong_reception: '116.50', // p.19 l.686
      sangong_vehicle_total: '267.80', // p.19 l.686
      sangong_vehicle_purchase: '0.00', // p.19 l.686 blank 购置费 cell; p.29 l.1095: 2018 年无公务用车购置预算安排
      sangong_vehicle_operation: '267.80', // p.19 l.686
      operating_costs: '2722.57', // 公开11 p.20 l.713: 合计 2,722.57
      procurement_total: '3096.24', // 公开12 p.20 l.753: 合计 3,096.24
      ...NO_STAFF,
      vehicles: null // no 车辆 count in the document
    },
    prior: {
      ...NOTHING,
      income_total: '17996.68', // p.23 l.937-939: 收入、支出预算总计 21,955.35 万元，与上年相比收、支预算总计各增加 3,958.67 万元
      expenditure_total: '17996.68', // p.23 l.938-939 (各增加)
      // 财政拨款 is compared with 3,958.98 (p.25 l.1003, p.26 l.1013, p.28 l.1066) while the 一般公共预算
      // income is compared with 3,959.28 (p.23 l.949). Each column takes its own statement; the income
      // side is the one consistent with the totals (17,981.68 + 其他资金 15.00 = 17,996.68, p.23 l.953-954).
      appropriation: '17981.98', // p.25 l.1002-1003: 财政拨款收、支总预算 21,940.96 万元 … 各增加 3,958.98 万元
      general_budget: '17981.68', // p.23 l.948-949: 一般公共预算收入预算 21,940.96 万元，与上年相比增加 3,959.28 万元
      basic: '12323.46', // p.24 l.976-977: 基本支出预算数为 13,994.31 万元。与上年相比增加 1,670.85 万元
      project: '5533.00', // p.24 l.981-984: 项目支出预算数为 5,573 万元。与上年相比增加 40 万元
      sangong_outbound: '100.00', // p.28 l.1089-p.29 l.1092: 因公出国（境）费预算支出 100 万元，与上年预算数相等
      sangong_reception: '156.55', // p.29 l.1098-1099: 公务接待费预算支出 116.5 万元，本年数小于上年预算数 40.05 万元
      // sangong_vehicle_purchase: p.29 l.1095 "2018 年无公务用车购置预算安排" gives no prior figure, so
      // sangong_vehicle_total and sangong_total cannot be derived.
      sangong_vehicle_operation: '267.80', // p.29 l.1096-1097: 公务用车运行维护费预算支出 267.8 万元，与上年预算数一致
      operating_costs: '6032.55' // p.29 l.1110-1111: 机关运行经费预算支出 2,722.57 万元，比上年相比减少 3,309.98 万元
    }
  },

  // ───────────────────────────── 05 江苏省政协办公厅 2017 部门预算 (n = part 1, t = part 2) ─────────────────────────────
  {
    doc: '05',
    files: ['05_js_cppcc_office_2017_dept_budget_part1_narrative', '05_js_cppcc_office_2017_dept_budget_part2_tables'],
    identity: {
      unit_name: '江苏省政协办公厅', // t p.1 l.6: 部门：江苏省政协办公厅
      region: null,
      city: null,
      province: '江苏省',
      year: 2017, // n p.7 l.158: 江苏省政协办公厅 2017 年度部门预算表
      doc_kind: '预算',
      doc_scope: '部门'
    },
    stated: {
      income_total: '9146.79', // 表一 t p.1 l.58: 收入合计 9,146.79
      appropriation: '9066.79', // 表一 t p.1 l.14: 一、财政拨款 9,066.79
      general_budget: '9066.79', // 表一 t p.1 l.16: 1.一般公共预算 9,066.79
      gov_fund: '0.00', // 表一 t p.1 l.18: 2.政府性基金预算, blank cell; 表七 t p.7 l.219 empty; n p.13 l.317: 本表数为零
      state_capital: null, // no 国有资本经营 row in this template and no statement in the narrative
      carryover: '0.00', // 表一 t p.1 l.56: 上年结转资金, blank cell
      expenditure_total: '9146.79', // 表一 t p.1 l.58: 支出合计 9,146.79
      basic: '5916.27', // 表三 t p.3 l.107: 9,146.79  5,916.27  3,123.68  106.84 (all funds)
      project: '3123.68', // t p.3 l.107 (单位预留机动经费 106.84 is not project)
      personnel: '4704.35', // n p.14 l.355: （一）人员经费 4,704.35 万元 (表九 301 2,097.51 + 303 2,606.84)
      public_funds: '1131.92', // n p.15 l.381: （二）公用经费 1,131.92 万元 (表九 302)
      sangong_total: '676.10', // 表十一 t p.11 l.348: 1,852.32  676.10  76.00  156.60  [blank]  156.60  443.50  1,094.62  81.60
      sangong_outbound: '76.00', // t p.11 l.348
      sangong_reception: '443.50', // t p.11 l.348
      sangong_vehicle_total: '156.60', // t p.11 l.348
      sangong_vehicle_purchase: '0.00', // t p.11 l.348 blank; n p.19 l.465: 公务用车购置费 0 万元
      sangong_vehicle_operation: '156.60', // t p.11 l.348
      operating_costs: '3348.98', // 表十 t p.10 l.297: 合计 3,348.98
      procurement_total: '1271.22', // 表十二 t p.12 l.357: 合计 1,271.22
      // n p.6 l.128-130 names 在职 7 (联谊俱乐部) and 10 (博物馆办) but not 办公厅本级: no unit total.
      ...NO_STAFF,
      vehicles: null
    },
    prior: {
      ...NOTHING,
      income_total: '8648.07', // n p.7 l.165-168: 收入、支出预算总计 9,146.79 万元，与上年相比收、支预算总计各增加 498.72 万元
      expenditure_total: '8648.07', // n p.7 l.167-168 (各增加); n p.6 l.145-146: 2016 年度部门支出预算安排为 8,648.07 万元
      appropriation: '8568.07', // n p.9 l.215-216: 财政拨款收、支预算 9,066.79 万元 … 各增加 498.72 万元
      general_budget: '8568.07', // n p.7 l.173-174: 一般公共预算收入预算 9,066.79 万元，与上年相比增加 498.72 万元
      basic: '5417.55', // n p.8 l.192-193: 基本支出预算数为 5,916.27 万元。与上年相比增加 498.72 万元
      project: '3123.68', // n p.8 l.195: 项目支出预算数为 3,123.68 万元。与上年数一致
      sangong_total: '676.90', // derived: 76.00 + 156.60 + 444.30
      sangong_outbound: '76.00', // n p.19 l.463: 因公出国（境）费预算支出 76 万元，与上年数一致
      sangong_reception: '444.30', // n p.19 l.467-468: 公务接待费预算支出 443.50 万元，与上年数相比，减少 0.8 万元
      sangong_vehicle_total: '156.60', // derived: 0 + 156.60 (the 156.60 total itself has no comparison)
      sangong_vehicle_purchase: '0.00', // n p.19 l.465: 公务用车购置费 0 万元，与上年数一致
      sangong_vehicle_operation: '156.60', // n p.19 l.465-466: 公务用车运行维护费 156.60 万元，与上年数一致
      operating_costs: '1175.85' // n p.17 l.417-419: 机关运行经费支出预算 3,348.98 万元，比 2016 年增加 2,173.13 万元
    }
  },

  // ───────────────────────────── 06 江苏省高级人民法院 2017 部门预算 ─────────────────────────────
  {
    doc: '06',
    files: ['06_js_high_court_2017_dept_budget'],
    identity: {
      unit_name: '江苏省高级人民法院', // p.11 l.243: 一、2017 年度江苏省高级人民法院部门收支预算总表
      region: null,
      city: null,
      province: '江苏省',
      year: 2017,
      doc_kind: '预算',
      doc_scope: '部门'
    },
    stated: {
      income_total: '28849.38', // p.12 l.295: 收入合计 28,849.38
      appropriation: '28849.38', // p.11 l.251: 一、财政拨款 28,849.38
      general_budget: '28849.38', // p.11 l.253: 1.一般公共预算 28,849.38
      gov_fund: '0.00', // p.11 l.255: 2.政府性基金预算, blank cell; p.23 l.694: 政府性基金支出预算支出 0 万元
      state_capital: null, // no row, no statement
      carryover: '0.00', // p.12 l.293: 上年结转资金, blank cell
      expenditure_total: '28849.38', // p.12 l.295: 支出合计 28,849.38
      basic: '17123.19', // 三 p.13 l.324: 28,849.38  17,123.19  11,543.27  182.92
      project: '11543.27', // p.13 l.324 (单位预留机动经费 182.92 is not project)
      personnel: '13594.82', // p.24 l.707: （一）人员经费 13594.82 万元 (九 301 7,687.65 + 303 5,907.17)
      public_funds: '3528.37', // p.24 l.711: （二）公用经费 3528.37 万元 (九 302)
      sangong_total: '670.12', // 十一 p.17 l.499: 2,599.37  670.12  180.00  304.40  [blank]  304.40  185.72  228.00  1,701.25
      sangong_outbound: '180.00', // p.17 l.499
      sangong_reception: '185.72', // p.17 l.499
      sangong_vehicle_total: '304.40', // p.17 l.499
      sangong_vehicle_purchase: '0.00', // p.17 l.499 blank; p.25 l.738: 公务用车购置预算支出 0 万元
      sangong_vehicle_operation: '304.40', // p.17 l.499
      operating_costs: '9193.40', // 十 p.16 l.470: 合计 9,193.40
      procurement_total: '3742.40', // 十二 p.17 l.508: 合计 3,742.40
      ...NO_STAFF,
      vehicles: null
    },
    prior: {
      ...NOTHING,
      income_total: '27041.09', // p.19 l.588-589: 收入、支出预算总计 28849.38 万元，与上年相比收、支预算总计各增加 1808.29 万元
      expenditure_total: '27041.09', // p.19 l.589 (各增加)
      appropriation: '27041.09', // p.21 l.641-642: 财政拨款收、支总预算 28849.38 万元 … 各增加 1808.29 万元
      general_budget: '27041.09', // p.19 l.594: 一般公共预算收入预算 28849.38 万元，与上年相比增加 1808.29
      basic: '15714.90', // p.20 l.608-609: 基本支出预算数为 17123.19 万元。与上年相比增加 1408.29 万元
      project: '11143.27', // p.20 l.610: 项目支出预算数为 11543.27 万元。与上年相比增加 400 万元
      // personnel: "基本支出增加人员经费 1408.29 万元" (p.19 l.595) is a reason clause, not a comparison
      // of the 人员经费 figure; left blank.
      sangong_outbound: '180.00', // p.25 l.735: 因公出国（境）费预算支出 180 万元，本年数与上年数持平
      // sangong_vehicle_purchase p.25 l.738 and sangong_reception p.25 l.742 are "小于上年预算数" with no
      // amount, so they, sangong_vehicle_total and sangong_total stay blank.
      sangong_vehicle_operation: '304.40', // p.25 l.740-741: 公务用车运行维护费预算支出 304.4 万元，本年数与上年数持平
      operating_costs: '3690.33' // p.24 l.718-719: 机关运行经费预算支出 9193.40 万元，比 2016 年增加 5503.07 万元
    }
  },

  // ───────────────────────────── 09 上海市普陀区财政局 2024 部门决算 (stated = 决算数) ─────────────────────────────
  {
    doc: '09',
    files: ['09_sh_putuo_finance_bureau_2024_dept_final'],
    identity: {
      unit_name: '上海市普陀区财政局', // p.1 l.1
      region: '普陀区',
      city: '上海市',
      province: '上海市',
      year: 2024, // p.1 l.2: 2024年度部门决算
      doc_kind: '决算', // p.1 l.2
      doc_scope: '部门' // p.1 l.2
    },
    stated: {
      income_total: '2995.39', // 收入支出决算总表 p.7 l.164: 总计 2,995.39 (= 本年收入合计 2,946.25 + 年初结转和结余 49.14)
      appropriation: '2940.05', // 财政拨款收入支出决算总表 p.13 l.295-296: 本年收入合计 2,940.05; p.21 l.536: 财政拨款收入2940.05万元
      general_budget: '2940.05', // p.6 l.135: 一、一般公共预算财政拨款收入 2,940.05
      gov_fund: '0.00', // p.6 l.136 blank cell; p.19 l.507 表无数据; p.23 l.655: 无政府性基金预算财政拨款收入和支出
      state_capital: '0.00', // p.6 l.137 blank cell; p.20 l.523; p.23 l.659
      carryover: '49.14', // p.7 l.163: 年初结转和结余 49.14 (年初财政拨款结转和结余 alone is 21.63, p.13 l.297)
      expenditure_total: '2995.39', // p.7 l.164: 总计 2,995.39 (= 本年支出合计 2,940.05 + 年末结转和结余 55.34)
      basic: '2336.91', // 支出决算表 p.10 l.213-214: 合计 2,940.05  2,336.91  603.14; p.15 l.331
      project: '603.14', // p.10 l.213; p.15 l.331
      personnel: '2152.26', // 基本支出决算表 p.17 l.477-478: 人员经费合计 2,152.26
      public_funds: '184.65', // p.17 l.477-478: 公用经费合计 184.65
      // 三公 table p.18 l.491: only the 预算数 cells of 合计 and 公务接待费 hold 0.95; every 决算数 is blank (zero).
      sangong_total: '0.00', // p.18 l.491; p.23 l.639: 支出决算为0.00万元; p.23 l.651: 无“三公”经费财政拨款支出
      sangong_outbound: '0.00', // p.23 l.640: 因公出国（境）费决算为0.00万元
      sangong_reception: '0.00', // p.23 l.641: 公务接待费支出决算为0.00万元
      sangong_vehicle_total: '0.00', // p.23 l.640-641: 公务用车购置及运行维护费支出决算为0.00万元
      sangong_vehicle_purchase: '0.00', // p.18 l.491 blank 决算数
      sangong_vehicle_operation: '0.00', // p.18 l.491 blank 决算数
      operating_costs: '184.65', // p.24 l.681: 机关运行经费支出184.65万元
      procurement_total: '251.25', // p.24 l.686: 政府采购金额（以合同签订为准）为251.25万元
      ...NO_STAFF,
      vehicles: 0 // p.24 l.697: 截至2024年12月31日，上海市普陀区财政局共有车辆0辆
    },
    prior: {
      ...NOTHING,
      income_total: '3052.34', // p.21 l.530-531: 收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元
      expenditure_total: '3052.34', // p.21 l.530-531 (收入支出总计)
      // 财政拨款: p.21 l.548-549 "财政拨款收入支出总计0.3万元 … 持平" is wrong (table: 2,961.68) and is a
      // total with carry-over anyway, so appropriation stays blank.
      general_budget: '3003.19', // p.21 l.558-559: 一般公共预算财政拨款支出2940.05万元 … 与2023年度相比 … 减少63.14万元
      sangong_total: '0.00', // p.23 l.645: “三公”经费财政拨款支出决算数与2023年度持平 (0.00)
      sangong_outbound: '0.00', // p.23 l.645-646: 因公出国（境）费支出决算持平
      sangong_reception: '0.00', // p.23 l.646-647: 公务接待费支出决算持平
      sangong_vehicle_total: '0.00', // p.23 l.646: 公务用车购置及运行维护费支出决算持平
      // sangong_vehicle_purchase / _operation: not compared one by one.
      operating_costs: '182.10' // p.24 l.681: 机关运行经费支出184.65万元，比2023年度增加2.55万元
    }
  },

  // ───────────────────────────── 10 blank Shanghai 2024 部门决算 template: no figures at all ─────────────────────────────
  {
    doc: '10',
    files: ['10_sh_dept_final_accounts_template_2024'],
    identity: {
      unit_name: '', // p.1 l.1: "上海市 XX 局" is the template's placeholder, no unit's name
      region: null, // no district is named
      city: '上海市', // p.1 l.1
      province: '上海市',
      year: 2024, // p.1 l.2: 2024 年度部门决算
      doc_kind: '决算', // p.1 l.2
      doc_scope: '部门' // p.1 l.2
    },
    // The template prints headers and row labels but not one figure (no number anywhere in its
    // tables or narrative): every cell must stay blank, a blank template row is not a stated zero.
    stated: NOTHING,
    prior: NOTHING
  }
];

const BOTH: readonly TestedFormat[] = TESTED_FORMATS;

/** The given cells of one document, failing in the given formats. */
function gaps(doc: string, columns: string[], formats: readonly TestedFormat[] = BOTH): KnownGap[] {
  return formats.flatMap((format) => columns.map((column) => ({ doc, format, column })));
}

/**
 * Cells that currently fail from the text and from the PDF (`npm run conformance` lists them with
 * both figures). The conformance test fails when a cell not listed here fails (a regression) and
 * when a listed cell passes (a fix: delete its entry), so this list can only shrink.
 */
export const KNOWN_GAPS: KnownGap[] = [
  // A zero stated only in the narrative ("2018 年本部门无国有资本经营预算收入"; the Jiangsu 收支总表 has no
  // 国有资本经营 row) is not taken as a stated zero.
  ...gaps('04', ['stated.state_capital']),




];
