/**
 * The typed result of parsing one disclosure (DESIGN.md "Flow": parse → Disclosure).
 * Every figure keeps its SourceRef; nothing here is a float.
 */
import type { Fen, MeasureUnit } from './amount';
import type { Issue, SourceRef } from './source';

export type DocKind = '预算' | '决算';
export type DocScope = '部门' | '单位';
/** A template family's id as parse/families/ registers it ('unknown' when no family matched); the model knows none of them. */
export type FamilyId = string;

/** Seed numbering t1…t10 (DESIGN.md lines.csv `table`); other families map onto it where the meaning is the same. */
export type TableId =
  | 't1' // 收支总体 (two-sided summary)
  | 't2' // 收入总体 (income by function × source)
  | 't3' // 支出总体 (function × basic/project)
  | 't4' // 财政拨款收支总体 (two-sided)
  | 't5' // 一般公共预算支出 (function × basic/project)
  | 't6' // 一般公共预算基本支出 (economic × personnel/public)
  | 't7' // 一般公共预算项目支出 (projects)
  | 't8' // 政府性基金预算支出
  | 't9' // 国有资本经营预算支出
  | 't10' // 三公
  | 'operating_costs' // 机关运行经费 by economic class
  | 'procurement' // 政府采购 items
  | 'appropriation_basic' // 财政拨款基本支出 (economic)
  | 'appropriation_expenditure' // 财政拨款支出 (function)
  | 'unknown';

export type Classification = 'function' | 'economic' | 'income' | 'sangong' | 'project' | 'total' | 'other';

/**
 * Column ids (lines.csv `measure`). The first group is DESIGN.md's list; the rest name
 * the other columns real templates print.
 */
export type Measure =
  | 'total'
  | 'grand_total' // a 三公 table's 合计 that also includes 会议费 and 培训费 (total = the “三公” 合计 alone)
  | 'basic'
  | 'project'
  | 'reserve' // 单位预留机动经费, not part of project
  | 'personnel'
  | 'public'
  | 'appropriation' // 财政拨款（补助）小计
  | 'general_budget'
  | 'general_budget_transfer' // 上级一般公共预算安排的转移支付
  | 'gov_fund'
  | 'gov_fund_transfer'
  | 'state_capital'
  | 'state_capital_transfer'
  | 'fiscal_special' // 财政专户管理资金 / 财政专户核拨
  | 'unit_funds' // 单位资金 / 其他资金
  | 'business_income' // 事业收入
  | 'operating_income' // 事业单位经营收入
  | 'superior_subsidy' // 上级补助收入
  | 'subsidiary_remittance' // 附属单位上缴收入
  | 'other_income'
  | 'carryover' // 上年结转（财政拨款结转）
  | 'non_appropriation_carryover'
  | 'carryover_next' // 结转下年资金 (a 支出预算总表 that prints it)
  | 'outbound'
  | 'reception'
  | 'vehicle_total'
  | 'vehicle_purchase'
  | 'vehicle_operation'
  | 'meeting'
  | 'training'
  | 'operating_costs'
  | 'current_income' // 决算: 本年收入
  | 'closing_carryover' // 年末结转和结余 (决算) / 结转下年资金 (预算)
  | 'remittance_to_superior' // 决算: 上缴上级支出
  | 'operating_expenditure' // 决算: 经营支出
  | 'subsidiary_grants' // 决算: 对附属单位补助支出
  | 'budget' // 决算: the 预算数 printed beside a 决算数 (“三公” items)
  | `budget_${string}` // 决算: the 预算数 twin of a column whose 决算数 is the stated figure (e.g. budget_outbound)
  | `econ_${string}`; // project table economic columns, e.g. econ_301

export interface TableRow {
  classification: Classification;
  /** 功能分类 201 / 20103 / 2010301; 经济分类 301 / 30101; income/sangong keys (e.g. general_budget); null for totals. */
  code: string | null;
  /** Name as printed (wrapped parts joined). For project rows: the project name. */
  name: string;
  /** 0 total, 1 类, 2 款, 3 项 (projects: 4). */
  level: number;
  /** For two-sided tables: which side the row is on. */
  side?: 'income' | 'expenditure';
  /** Placed figures. A column present in `values` with 0 means the cell was empty in a printed row. */
  values: Partial<Record<Measure, Fen>>;
  /** Figures whose column could not be determined (a finding says so); never counted. */
  unplaced?: Fen[];
  /** Where each placed figure is printed on its PDF page (documents read from a PDF). */
  boxes?: Partial<Record<Measure, Box>>;
  /** For project rows: the function code the project is booked under. */
  functionCode?: string | null;
  source: SourceRef;
}

export type TableStatus = 'present' | 'declared_empty' | 'missing';

/** x0, y0, x1, y1 in PDF points on the page as displayed (y grows downwards). */
export type Box = [number, number, number, number];

/**
 * How far a read table can be trusted, by its own arithmetic after placement (parse/grid/verdict):
 * `uncertain` tables keep their figures, marked, and the checks that need them are skipped.
 */
export interface TableQuality {
  status: 'reconciled' | 'uncertain';
  /** Why, in Chinese. */
  note: string;
}

export interface ParsedTable {
  id: TableId;
  /** The template family's own id/label (e.g. 表3, 公开05表, 一). */
  familyTableId: string;
  titleAsPrinted: string;
  unitOfMeasure: MeasureUnit;
  status: TableStatus;
  /** Columns in printed order. */
  columns: Measure[];
  rows: TableRow[];
  page: number;
  firstLine: number;
  lastLine: number;
  /** The sentence that declares the table empty, when there is one. */
  emptyNote?: SourceRef;
  /** The table's verdict on its own arithmetic (present tables). */
  quality?: TableQuality;
}

export interface Percent {
  /** Value in hundredths of a percent when printed with ≤2 decimals (2.31% → 231). */
  hundredths: number;
  /** Decimals as printed (tolerance depends on it). */
  decimals: number;
  text: string;
}

export type Direction = 'increase' | 'decrease' | 'flat';

/**
 * What a narrative figure is about. `kind` names the quantity; `code` the function/economic
 * class when there is one; `scope` the funding scope when the sentence restricts it
 * (e.g. 一般公共预算 基本支出 vs all-funds 基本支出).
 */
export type SubjectKind =
  | 'income_total'
  | 'expenditure_total'
  | 'appropriation'
  | 'general_budget'
  | 'gov_fund'
  | 'state_capital'
  | 'carryover'
  | 'fiscal_special'
  | 'unit_funds'
  | 'basic'
  | 'project'
  | 'reserve'
  | 'personnel'
  | 'public_funds'
  | 'function'
  | 'economic'
  | 'sangong_total'
  | 'sangong_outbound'
  | 'sangong_reception'
  | 'sangong_vehicle_total'
  | 'sangong_vehicle_purchase'
  | 'sangong_vehicle_operation'
  | 'meeting'
  | 'training'
  | 'operating_costs'
  | 'procurement_total'
  | 'procurement_goods'
  | 'procurement_works'
  | 'procurement_services'
  | 'procurement_sme'
  | 'procurement_small_micro'
  | 'performance_projects';

export type FundScope = 'all' | 'appropriation' | 'general_budget' | 'gov_fund' | 'state_capital';

export interface Subject {
  kind: SubjectKind;
  code?: string;
  /** Name as printed, for function/economic subjects and for messages. */
  name?: string;
  scope: FundScope;
}

/** One stated figure of the narrative, with its comparison to the previous year when given. */
export interface NarrativeFact {
  subject: Subject;
  amount: Fen | null;
  change?: { direction: Direction; amount: Fen | null; percent?: Percent };
  /** Prior-year figure stated directly (上年预算执行数 A …). */
  statedPrior?: Fen;
  /** 占 Y% */
  share?: Percent;
  /** Year the comparison names (比 2022 年…), when it names one. */
  comparedYear?: number;
  source: SourceRef;
}

export interface StaffFacts {
  quota: number | null;
  actual: number | null;
  active: number | null;
  retired: number | null;
  retiredVeteran: number | null;
  /** Stated changes against the previous year (signed). */
  activeChange: number | null;
  retiredChange: number | null;
  retiredVeteranChange: number | null;
  source?: SourceRef;
}

export interface PerformanceFacts {
  fiscalProjectCount: number | null;
  fiscalAmount: Fen | null;
  nonFiscalProjectCount: number | null;
  nonFiscalAmount: Fen | null;
  /** Projects named in the 绩效目标表 with their 年度预算总额. */
  projects: { name: string; amount: Fen | null; source: SourceRef }[];
  source?: SourceRef;
}

export interface AssetFacts {
  vehicles: number | null;
  vehiclesValue: Fen | null;
  source?: SourceRef;
}

export interface UnitIdentity {
  name: string;
  /** Every spelling the document uses for the unit (typos included), canonical first. */
  variants: string[];
  province: string | null;
  city: string | null;
  region: string | null;
  /** GB/T 2260 code of the most specific division resolved. */
  divisionCode: string | null;
}

export interface Disclosure {
  sourceFile: string;
  sourceSha256: string;
  family: FamilyId;
  unit: UnitIdentity;
  year: number | null;
  docKind: DocKind | null;
  docScope: DocScope | null;
  publishedOn: string | null;
  staff: StaffFacts;
  tables: ParsedTable[];
  facts: NarrativeFact[];
  performance: PerformanceFacts;
  assets: AssetFacts;
  /** Required parts the document's template does not have (from its family's spec). */
  absentSections: string[];
  /** Headings of the narrative sections found (for the completeness check). */
  sections: { title: string; source: SourceRef }[];
  warnings: Issue[];
  /** All lines, for rules that read wording (template leftovers, doubled punctuation). */
  lines: import('../extract/types').Line[];
}
