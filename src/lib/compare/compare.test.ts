import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../db/types';
import { columnMax, shade, sortHeat } from './heat';
import { matchUnits, togglePick } from './picker';
import { shownDocuments } from './shown';
import { DEFAULT_VIEW, effectiveMode, readCompareView, writeCompareView } from './view';

const row = (unit_name: string, appropriation: number | null, doc_scope = '部门', scope_documents = 1) =>
  ({ unit_id: unit_name, unit_name, year: 2023, appropriation, doc_scope, scope_documents }) as OverviewRow;

describe('对比 view in the URL', () => {
  it.each([
    [{ top: 300, view: 'heat', sort: 'sangong_total', ascending: true }, 'hasc=1&hsort=sangong_total&top=300&units=a%2Cb&view=heat'],
    [DEFAULT_VIEW, 'units=a%2Cb']
  ] as const)('round-trips %o and keeps the pick', (view, search) => {
    const params = writeCompareView(view, new URLSearchParams('units=a,b'));
    expect(params.toString()).toBe(search);
    expect(readCompareView(params)).toEqual(view);
  });
  it('ignores junk', () => {
    expect(readCompareView(new URLSearchParams('top=7&view=pie&hsort=drop table'))).toEqual(DEFAULT_VIEW);
  });
  it.each([[8, 'auto', 'bars'], [30, 'auto', 'bars'], [31, 'auto', 'heat'], [300, 'auto', 'heat'], [300, 'bars', 'bars'], [3, 'heat', 'heat']] as const)(
    '%i units in %s mode draw %s', (units, view, mode) => expect(effectiveMode(view, units)).toBe(mode));
});

describe('heat table', () => {
  const rows = [row('乙', 468.53), row('甲', null), row('丙', 370.29)];
  it('sorts either way with missing figures last', () => {
    expect(sortHeat(rows, 'appropriation', false).map((r) => r.unit_name)).toEqual(['乙', '丙', '甲']);
    expect(sortHeat(rows, 'appropriation', true).map((r) => r.unit_name)).toEqual(['丙', '乙', '甲']);
    expect(sortHeat(rows, null, true)).toEqual(rows);
  });
  it('shades by the column’s largest figure; missing is not a pale 0', () => {
    const max = columnMax(rows);
    expect(max.appropriation).toBe(468.53);
    expect(max.staff_active).toBeNull();
    expect(shade(370.29, max.appropriation)).toBeCloseTo(370.29 / 468.53, 9);
    expect([shade(null, 10), shade(5, null), shade(-1, 10)]).toEqual([0, 0, 0]);
  });
});

describe('unit search', () => {
  const units = [
    { id: 'u-a', name: '乌鲁木齐县人民政府办公室', city: '乌鲁木齐市' },
    { id: 'u-b', name: '克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', city: '克拉玛依市' },
    { id: 'u-c', name: '上海市普陀区司法局', city: '上海市' }
  ];
  it.each([
    ['乌尔禾 信访', ['u-b']],
    ['克拉玛依', ['u-b']],
    ['办公室', ['u-a', 'u-b']],
    ['  ', ['u-a', 'u-b', 'u-c']],
    ['没有', []]
  ])('“%s” finds %o', (text, ids) => expect(matchUnits(units, text).matches.map((u) => u.id)).toEqual(ids));
  it('caps the list and says how many more match', () => {
    expect(matchUnits(units, '', 2)).toMatchObject({ more: 1 });
  });
  it('appends a pick at the end (its colour is its position) and removes it again', () => {
    expect(togglePick(['z', 'a'], 'm')).toEqual(['z', 'a', 'm']);
    expect(togglePick(['z', 'a', 'm'], 'a')).toEqual(['z', 'm']);
  });
});

describe('documents shown', () => {
  it('counts 部门 and 单位 rows and those with another 口径', () => {
    expect(shownDocuments([row('a', 1), row('b', 2, '单位', 2), row('c', 3, '单位')])).toEqual({ year: 2023, dept_documents: 1, unit_documents: 2, with_other_scope: 1 });
    expect(shownDocuments([]).year).toBeNull();
  });
});
