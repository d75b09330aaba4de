/**
 * Grouping by cause on real findings: the seeds' dataset (read through the findings view, as the
 * page does) and corpus 01 and 03 through the real pipeline.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestGroup } from '../../cli/ingest';
import { datasetDir } from '../db/dataset-dir';
import { openNodeDb, type NodeDb } from '../db/node';
import { findings, splitFindings } from '../db/queries';
import type { FindingViewRow } from '../db/types';
import { normalise } from '../normalise';
import { exactMillionths, groupFindings, groupsByUnit, type FindingGroup } from './group';

const CORPUS = join(import.meta.dirname, '../../../tests/corpus/text');
let db: NodeDb;
let seeds: FindingViewRow[];
const corpus: Record<string, FindingViewRow[]> = {};

async function corpusFindings(name: string): Promise<FindingViewRow[]> {
  const result = await ingestGroup([join(CORPUS, `${name}.txt`)]);
  if (!result.ok) throw new Error(result.message);
  return normalise([result.document]).findings.map((row) => ({ ...row, unit_name: name.slice(0, 2), city: null, region: null, expected: row.expected ?? null, actual: row.actual ?? null }) as FindingViewRow);
}

beforeAll(async () => {
  db = await openNodeDb(datasetDir());
  seeds = await findings(db, { year: 2023, city: null, region: null, q: null, severity: null, unitId: null }); // the seeds' documents
  corpus['01'] = await corpusFindings('01_sh_putuo_finance_bureau_2025_dept_budget');
  corpus['03'] = await corpusFindings('03_sh_putuo_justice_bureau_2026_unit_budget');
}, 60_000);
afterAll(() => db?.close());

/** One line per group: severity, cause, rules, figures of the main finding, places' lines. */
const describeGroup = (g: FindingGroup) =>
  `${g.severity} ${g.cause} ${g.rule_ids.join('+')} ${g.main.expected ?? '—'}→${g.main.actual ?? '—'} @${g.places.map((p) => p.split(':').pop()).join(',')}`;

describe('exactMillionths', () => {
  it.each([
    ['6.24', 6_240_000n], ['-0.01', -10_000n], ['12968.1094', 12_968_109_400n], ['2025', 2_025_000_000n],
    ['≤ 0.00', null], ['13.65%', null], [null, null], ['1.1234567', null]
  ] as const)('%s → %s', (text, value) => expect(exactMillionths(text)).toBe(value));
});

describe('groupFindings on real findings', () => {
  it('seed 000: the 表6 303 cent carried into three sums is one entry; 39.80 vs 39.79 stated twice is one', () => {
    const own = splitFindings(seeds).own.filter((row) => row.unit_name === '乌鲁木齐县人民政府办公室');
    expect(own).toHaveLength(11);
    expect(groupFindings(own).map(describeGroup)).toEqual([
      'error single procurement-sme ≤ 0.00→1.47 @1312',
      'warning single unit-name-variants 乌鲁木齐县人民政府办公室→乌木齐县人民政府办公室 @87,95',
      'warning single performance-vs-projects 33.00→30.00 @495,1344',
      'warning carried narrative-duplicate+narrative-function 39.79→39.80 @679,1052,1092',
      'info carried t6-row-personnel-public+economic-hierarchy+t6-personnel-classes+economic-table-total 6.24→6.23 @707,709,731,749,751,753',
      'info single performance-project-names —→电子政务工作经费 @1524',
      'info single performance-project-names —→文印耗材费 @1881'
    ]);
  });

  it('seed 000: the 表7 column we could not read is one reading entry', () => {
    const reading = splitFindings(seeds).reading.filter((row) => row.unit_name === '乌鲁木齐县人民政府办公室');
    expect(groupFindings(reading).map(describeGroup)).toEqual([
      'warning reading parse:column-ambiguous+unplaced-figures —→总计 22.00 22.00 @843,849,859,869,871,877,887'
    ]);
  });

  it('corpus 03: the 行政运行 row carrying its class 项目支出, in two tables and their sums, is one entry, not four', () => {
    const errors = groupFindings(corpus['03']!.filter((row) => row.severity === 'error'));
    const [row] = errors.filter((g) => g.rule_ids.includes('row-basic-project'));
    expect(describeGroup(row!)).toBe('error repeated row-basic-project+function-hierarchy 7918.940034→1434.885334 @161,162,163,164,165,166,167,210,211,212,213,214,215,216');
    expect(row!.items).toHaveLength(4);
    expect(errors).toHaveLength(4); // and the three narrative errors, each its own
  });

  it('corpus 01: 职业年金 887.36 stated twice against one 元 figure is one entry with both places', () => {
    const groups = groupFindings(corpus['01']!.filter((row) => row.rule_id === 'narrative-function' && row.expected === '87.3617'));
    expect(groups.map(describeGroup)).toEqual(['error repeated narrative-function 87.3617→887.36 @103,112,275']);
  });

  it('is deterministic: the same groups whatever the input order', () => {
    const rows = [...corpus['03']!, ...seeds];
    const once = groupFindings(rows).map(describeGroup);
    expect(groupFindings([...rows].reverse()).map(describeGroup)).toEqual(once);
    expect(new Set(groupFindings(rows).map((g) => g.key)).size).toBe(once.length);
  });

  it('gives every entry of the whole test dataset its own key (the page keys its list by it)', async () => {
    const everything = await findings(db, { year: null, city: null, region: null, q: null, severity: null, unitId: null });
    const keys = groupFindings(everything).map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((key) => key.endsWith('#2'))).toBe(true); // corpus 09: one line, two differences
  });

  it('never joins findings of two documents', () => {
    const twin = seeds.map((row) => ({ ...row, doc_id: `${row.doc_id}x` }));
    expect(groupFindings([...seeds, ...twin])).toHaveLength(2 * groupFindings(seeds).length);
  });
});

describe('groupsByUnit', () => {
  it('sorts units by number of entries, or by name', () => {
    const groups = groupFindings(splitFindings(seeds).own);
    const units = groupsByUnit(groups);
    expect(units.map((u) => [u.unit_name, u.groups.length, u.counts])).toEqual([
      ['乌鲁木齐县人民政府办公室', 7, { error: 1, warning: 3, info: 3 }],
      ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', 1, { error: 0, warning: 1, info: 0 }]
    ]);
    expect(groupsByUnit(groups, 'name').map((u) => u.unit_name)).toEqual(['乌鲁木齐县人民政府办公室', '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）'].sort());
  });
});
