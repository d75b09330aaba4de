import { describe, expect, it } from 'vitest';
import { solveColumns, type SolverInput, type SolverRow } from './solver';

type Col = 'total' | 'basic' | 'project';
const columns: Col[] = ['total', 'basic', 'project'];
const equations = [{ target: 'total' as Col, parts: ['basic', 'project'] as Col[] }];

const row = (key: string, parent: string | null, ...figures: number[]): SolverRow => ({ key, parent, figures });
const total = (...figures: number[]): SolverRow => ({ key: 'total', parent: null, isTotal: true, figures });

interface Case {
  name: string;
  input: Omit<SolverInput<Col>, 'columns' | 'equations'>;
  expected: Record<string, { values: Partial<Record<Col, number>>; unplaced?: number[]; alternatives: number }>;
  cost: number;
}

const cases: Case[] = [
  {
    name: 'unique: the 款 row decides that 5.00 is project (seed-style 信访事务)',
    input: {
      rows: [
        row('201', null, 30550, 30050, 500),
        row('20103', '201', 30550, 30050, 500),
        row('2010301', '20103', 22157, 22157),
        row('2010308', '20103', 500, 500),
        row('2010350', '20103', 7893, 7893)
      ]
    },
    expected: {
      '201': { values: { total: 30550, basic: 30050, project: 500 }, alternatives: 1 },
      '2010301': { values: { total: 22157, basic: 22157, project: 0 }, alternatives: 1 },
      '2010308': { values: { total: 500, basic: 0, project: 500 }, alternatives: 1 },
      '2010350': { values: { total: 7893, basic: 7893, project: 0 }, alternatives: 1 }
    },
    cost: 0
  },
  {
    name: 'ambiguous: a lone row with two equal figures and no evidence',
    input: { rows: [row('229', null, 300, 300)] },
    expected: { '229': { values: { total: 300 }, unplaced: [300], alternatives: 2 } },
    cost: 0
  },
  {
    name: 'evidence resolves the same row (column totals of the table)',
    input: { rows: [row('229', null, 300, 300)], columnTotals: { project: 300 } },
    expected: { '229': { values: { total: 300, basic: 0, project: 300 }, alternatives: 1 } },
    cost: 0
  },
  {
    name: 'cell evidence (min) resolves it too',
    input: { rows: [row('229', null, 300, 300)], evidence: [{ key: '229', column: 'basic', min: 1 }] },
    expected: { '229': { values: { total: 300, basic: 300, project: 0 }, alternatives: 1 } },
    cost: 0
  },
  {
    name: 'inconsistent: 6.23 vs 6.24 keeps the most plausible placement, figures uncorrected',
    input: {
      rows: [
        total(34029, 32640, 1389),
        row('301', null, 32016, 32016),
        row('302', null, 1389, 1389),
        row('303', null, 623, 624),
        row('30302', '303', 566, 566),
        row('30305', '303', 58, 58)
      ]
    },
    expected: {
      total: { values: { total: 34029, basic: 32640, project: 1389 }, alternatives: 1 },
      '301': { values: { total: 32016, basic: 32016, project: 0 }, alternatives: 1 },
      '302': { values: { total: 1389, basic: 0, project: 1389 }, alternatives: 1 },
      '303': { values: { total: 623, basic: 624, project: 0 }, alternatives: 1 },
      '30302': { values: { total: 566, basic: 566, project: 0 }, alternatives: 1 },
      '30305': { values: { total: 58, basic: 58, project: 0 }, alternatives: 1 }
    },
    // 303 row equation, 303 total vs Σ 项, 总计 total vs Σ 类
    cost: 3
  },
  {
    name: 'an empty printed row is all zeros; too many figures are unplaced',
    input: { rows: [row('a', null), row('b', null, 1, 2, 3, 4)] },
    expected: {
      a: { values: { total: 0, basic: 0, project: 0 }, alternatives: 1 },
      b: { values: {}, unplaced: [1, 2, 3, 4], alternatives: 0 }
    },
    cost: 0
  }
];

describe('solveColumns', () => {
  it.each(cases)('$name', ({ input, expected, cost }) => {
    const result = solveColumns<Col>({ columns, equations, ...input });
    expect(result.cost).toBe(cost);
    for (const [key, want] of Object.entries(expected)) {
      const placement = result.placements.find((p) => p.key === key)!;
      expect(placement.values, key).toEqual(want.values);
      expect(placement.unplaced, key).toEqual(want.unplaced ?? []);
      expect(placement.alternatives, key).toBe(want.alternatives);
    }
  });

  it('t2-style: cross-table totals place 8.00 under gov_fund and 3.00 under carryover', () => {
    const cols = ['total', 'appropriation', 'general_budget', 'gov_fund', 'fiscal_special', 'unit_funds', 'carryover'] as const;
    type C2 = (typeof cols)[number];
    const result = solveColumns<C2>({
      columns: cols,
      equations: [
        { target: 'total', parts: ['appropriation', 'fiscal_special', 'unit_funds', 'carryover'] },
        { target: 'appropriation', parts: ['general_budget', 'gov_fund'] }
      ],
      rows: [total(37329, 37029, 36229, 800, 300), row('229', null, 300, 300)],
      columnTotals: { general_budget: 36229, gov_fund: 800, carryover: 300, fiscal_special: 0, unit_funds: 0 }
    });
    expect(result.placements[0]!.values).toEqual({
      total: 37329,
      appropriation: 37029,
      general_budget: 36229,
      gov_fund: 800,
      fiscal_special: 0,
      unit_funds: 0,
      carryover: 300
    });
    expect(result.placements[1]!.values.carryover).toBe(300);
    // total, appropriation, general_budget, gov_fund: the synthetic table lists only one child
    expect(result.cost).toBe(4);
  });
});

describe('a table too damaged for its sums to decide', () => {
  it('leaves every row with a choice unplaced instead of placing it by an approximation', () => {
    // Twelve columns and six one-figure rows under a total: 12⁶ combinations, more than the DP keeps.
    const wide = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const children = [100, 200, 400, 800, 1600, 3200].map((figure, k) => row(`r${k}`, null, figure));
    const result = solveColumns({ columns: wide, equations: [], rows: [total(100, 200, 400, 800, 1600, 3200), ...children] });
    for (const [k, placement] of result.placements.entries()) {
      expect(placement.values, `row ${k}`).toEqual({});
      expect(placement.unplaced, `row ${k}`).toEqual(k === 0 ? [100, 200, 400, 800, 1600, 3200] : [children[k - 1]!.figures[0]]);
    }
  });
});
