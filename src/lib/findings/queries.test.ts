/** The 数据质量 page's per-document views on the test dataset's seed documents (2023; Node DuckDB, the browser's SQL). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetDir } from '../db/dataset-dir';
import { openNodeDb, type NodeDb } from '../db/node';
import { documentSummary, skippedChecks } from './queries';

const URUMQI = '乌鲁木齐县人民政府办公室';
const URHO = '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）';
const everywhere = { year: 2023, city: null, region: null, q: null, unitId: null };
let db: NodeDb;

beforeAll(async () => {
  db = await openNodeDb(datasetDir());
});
afterAll(() => db?.close());

describe('document_summary', () => {
  it('sums up each seed document: tables, findings by severity, checks run and skipped', async () => {
    const rows = await documentSummary(db, everywhere);
    expect(rows.map((r) => [r.unit_name, r.year, r.doc_kind, r.doc_scope, r.tables_present, r.tables_empty, r.tables_missing, r.tables_uncertain,
      r.errors, r.warnings, r.infos, r.reading_notes, r.checks_ran, r.checks_skipped])).toEqual([
      // 000: procurement-sme; unit-name-variants, performance-vs-projects, narrative-duplicate; the 0.01 sums, 39.80, two project names
      [URUMQI, 2023, '预算', '单位', 9, 1, 0, 0, 1, 3, 7, 2, 81, 4],
      [URHO, 2023, '预算', '部门', 8, 2, 0, 0, 0, 1, 0, 2, 82, 3]
    ]);
    for (const row of rows) expect(row.doc_id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is filtered like the findings (year, place, unit text, unit id)', async () => {
    expect(await documentSummary(db, { ...everywhere, year: 2022 })).toEqual([]);
    expect((await documentSummary(db, { ...everywhere, q: '乌尔禾' })).map((r) => r.unit_name)).toEqual([URHO]);
    expect((await documentSummary(db, { ...everywhere, city: '乌鲁木齐市' })).map((r) => r.unit_name)).toEqual([URUMQI]);
    const [urho] = await documentSummary(db, { ...everywhere, q: '乌尔禾' });
    expect((await documentSummary(db, { ...everywhere, unitId: urho!.unit_id })).map((r) => r.doc_id)).toEqual([urho!.doc_id]);
  });
});

describe('skipped_checks', () => {
  it('lists every skipped check with its reason in Chinese', async () => {
    const [urumqi] = await documentSummary(db, { ...everywhere, q: '乌鲁木齐县' });
    const rows = await skippedChecks(db, { ...everywhere, unitId: urumqi!.unit_id });
    expect(rows.map((r) => [r.rule_id, r.why])).toEqual([
      ['narrative-economic', '说明中没有这类金额'],
      ['project-period-year', '说明中没有带年份的实施周期'],
      ['t3-vs-t5-general-only', '有一般公共预算以外的资金，两表本可不同'],
      ['yuan-cent-precision', '没有以元为单位的表（以万元为单位的表分位差额在容差内，不检查）']
    ]);
    expect(rows.every((r) => r.doc_id === urumqi!.doc_id)).toBe(true);
    expect(await skippedChecks(db, everywhere)).toHaveLength(7);
  });
});
