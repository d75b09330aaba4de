/**
 * The 预警 indicators: what each measures, its unit, and how it is judged — against the peer
 * group's median and MAD ('peer'), or by a fixed rule ('rule': 三公只减不增, 实有不超编制).
 * The SQL (alerts.sql) computes the values under the same keys.
 */
export type IndicatorKey =
  | 'appropriation_per_staff' | 'personnel_per_staff' | 'public_funds_per_staff' | 'sangong_per_staff'
  | 'sangong_change' | 'operating_change' | 'project_share' | 'staff_over_quota' | 'carryover_share' | 'execution_rate';

export type IndicatorUnit = 'wan_per_staff' | 'wan' | 'share' | 'people';

export interface Indicator {
  key: IndicatorKey;
  /** Short Chinese name used in lists, the chart and the reason text. */
  label: string;
  unit: IndicatorUnit;
  method: 'peer' | 'rule';
  /** What the value is made of, shown when it is missing. */
  inputs: string;
}

export const INDICATORS: readonly Indicator[] = [
  { key: 'appropriation_per_staff', label: '人均财政拨款', unit: 'wan_per_staff', method: 'peer', inputs: '财政拨款、在职人数' },
  { key: 'personnel_per_staff', label: '人均人员经费', unit: 'wan_per_staff', method: 'peer', inputs: '人员经费、在职人数' },
  { key: 'public_funds_per_staff', label: '人均公用经费', unit: 'wan_per_staff', method: 'peer', inputs: '公用经费、在职人数' },
  { key: 'sangong_per_staff', label: '人均“三公”经费', unit: 'wan_per_staff', method: 'peer', inputs: '“三公”经费、在职人数' },
  { key: 'sangong_change', label: '“三公”经费增减', unit: 'wan', method: 'rule', inputs: '本年和上年“三公”经费' },
  { key: 'operating_change', label: '机关运行经费增减率', unit: 'share', method: 'peer', inputs: '本年和上年机关运行经费' },
  { key: 'project_share', label: '项目支出占比', unit: 'share', method: 'peer', inputs: '项目支出、财政拨款' },
  { key: 'staff_over_quota', label: '实有人数超编制', unit: 'people', method: 'rule', inputs: '实有人数、编制人数' },
  { key: 'carryover_share', label: '结转结余占比', unit: 'share', method: 'peer', inputs: '上年结转结余、收入总计' },
  { key: 'execution_rate', label: '预算执行率', unit: 'share', method: 'peer', inputs: '同年预算和决算的财政拨款' }
];

export const INDICATOR_KEYS: readonly IndicatorKey[] = INDICATORS.map((i) => i.key);
const BY_KEY = new Map(INDICATORS.map((i) => [i.key, i]));

export function indicatorOf(key: string): Indicator | undefined {
  return BY_KEY.get(key as IndicatorKey);
}
