/** unit_summary.csv for the two seeds: the stated 2023 rows and the prior 2022 rows derived from the narrative. */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatWanyuanExact } from '../../src/lib/model/amount';
import { SUMMARY_AMOUNTS, SUMMARY_COUNTS, type Dataset, type SummaryRow } from '../../src/lib/normalise/rows';
import { seedDataset } from './pipeline';

type Expected = Partial<Record<(typeof SUMMARY_AMOUNTS)[number], string | null> & Record<(typeof SUMMARY_COUNTS)[number], number | null>>;

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';

const EXPECTED: { unit: string; basis: 'stated' | 'prior'; year: number; figures: Expected }[] = [
  {
    unit: URUMQI, basis: 'stated', year: 2023,
    figures: {
      income_total: '373.29', appropriation: '370.29', general_budget: '362.29', gov_fund: '8.00', state_capital: '0.00',
      carryover: '3.00', expenditure_total: '373.29', basic: '340.29', project: '33.00', personnel: '326.40', public_funds: '13.89',
      sangong_total: '0.34', sangong_outbound: '0.00', sangong_reception: '0.34', sangong_vehicle_total: '0.00',
      sangong_vehicle_purchase: '0.00', sangong_vehicle_operation: '0.00', operating_costs: '13.89', procurement_total: '1.47',
      staff_quota: 24, staff_actual: 34, staff_active: 21, staff_retired: 13, staff_retired_veteran: 0, vehicles: 3
    }
  },
  {
    unit: URUMQI, basis: 'prior', year: 2022,
    figures: {
      income_total: null, appropriation: null, general_budget: '364.70', gov_fund: '0.00', state_capital: null, carryover: '0.00',
      expenditure_total: '364.70', basic: '332.62', project: '32.08', personnel: null, public_funds: null,
      sangong_total: '43.55', sangong_outbound: '0.00', sangong_reception: '0.35', sangong_vehicle_total: '43.20',
      sangong_vehicle_purchase: '0.00', sangong_vehicle_operation: '43.20', operating_costs: '55.19', procurement_total: null,
      staff_quota: null, staff_actual: 33, staff_active: 19, staff_retired: 14, staff_retired_veteran: 0, vehicles: null
    }
  },
  {
    unit: URHO, basis: 'stated', year: 2023,
    figures: {
      income_total: '468.53', appropriation: '468.53', general_budget: '468.53', gov_fund: '0.00', state_capital: '0.00',
      carryover: '0.00', expenditure_total: '468.53', basic: '376.03', project: '92.50', personnel: '253.55', public_funds: '122.48',
      sangong_total: '47.35', sangong_outbound: '0.00', sangong_reception: '19.75', sangong_vehicle_total: '27.60',
      sangong_vehicle_purchase: '0.00', sangong_vehicle_operation: '27.60', operating_costs: '122.48', procurement_total: '5.00',
      staff_quota: 15, staff_actual: 15, staff_active: 11, staff_retired: 0, staff_retired_veteran: 4, vehicles: 0
    }
  },
  {
    unit: URHO, basis: 'prior', year: 2022,
    figures: {
      income_total: null, appropriation: null, general_budget: '550.00', gov_fund: '0.00', state_capital: '0.00', carryover: null,
      expenditure_total: '550.00', basic: '473.47', project: '76.53', personnel: null, public_funds: null,
      sangong_total: '67.10', sangong_outbound: '0.00', sangong_reception: '18.50', sangong_vehicle_total: '48.60',
      sangong_vehicle_purchase: '0.00', sangong_vehicle_operation: '48.60', operating_costs: '107.77', procurement_total: null,
      staff_quota: null, staff_actual: 23, staff_active: 15, staff_retired: 0, staff_retired_veteran: 8, vehicles: null
    }
  }
];

function readable(row: SummaryRow): Expected {
  const out: Record<string, string | number | null> = {};
  for (const column of SUMMARY_AMOUNTS) out[column] = row[column] === null ? null : formatWanyuanExact(row[column]!);
  for (const column of SUMMARY_COUNTS) out[column] = row[column];
  return out as Expected;
}

describe('unit_summary of the seeds', () => {
  let dataset: Dataset;
  beforeAll(() => {
    dataset = seedDataset();
  });

  it('has one stated and one prior row per seed, nothing else', () => {
    expect(dataset.unit_summary.map((row) => [row.unit_name, row.year, row.basis]).sort()).toEqual(
      EXPECTED.map((entry) => [entry.unit, entry.year, entry.basis]).sort()
    );
  });

  it.each(EXPECTED)('$unit $year $basis', ({ unit, basis, year, figures }) => {
    const row = dataset.unit_summary.find((candidate) => candidate.unit_name === unit && candidate.basis === basis && candidate.year === year);
    expect(row).toBeDefined();
    expect(readable(row!)).toEqual(figures);
  });

  it('identifies region, city, kind and scope', () => {
    const byName = new Map(dataset.unit_summary.filter((row) => row.basis === 'stated').map((row) => [row.unit_name, row]));
    expect(byName.get(URUMQI)).toMatchObject({ region: '乌鲁木齐县', city: '乌鲁木齐市', doc_kind: '预算', doc_scope: '单位' });
    expect(byName.get(URHO)).toMatchObject({ region: '乌尔禾区', city: '克拉玛依市', doc_kind: '预算', doc_scope: '部门' });
  });

  it('keeps one unit_id per unit across the stated and prior rows', () => {
    const ids = new Map<string, Set<string>>();
    for (const row of dataset.unit_summary) ids.set(row.unit_name, (ids.get(row.unit_name) ?? new Set()).add(row.unit_id));
    for (const set of ids.values()) expect(set.size).toBe(1);
    expect(new Set(dataset.unit_summary.map((row) => row.unit_id)).size).toBe(2);
  });
});
