import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../db/types';
import { describeSelection } from './describe';
import { pageFilters } from './page-filters';

describe('describeSelection', () => {
  it.each([
    [{}, { year: 2026, dept_documents: 5, unit_documents: 1, with_other_scope: 1 },
      '显示 2026 年度（最新）预算 · 本年数 · 口径：部门优先 · 取自部门预算 5 份、单位预算 1 份 · 其中 1 个单位另有单位预算（切换口径可查看）'],
    [{ year: 2024, kind: '决算', scope: 'unit' }, { year: 2024, dept_documents: 1, unit_documents: 0, with_other_scope: 0 },
      '显示 2024 年度决算 · 本年数 · 口径：单位优先 · 取自部门决算 1 份'],
    [{ kind: '决算' }, { year: null, dept_documents: 0, unit_documents: 0, with_other_scope: 0 }, '没有符合条件的决算文件']
  ] as const)('%j %j', (patch, shown, sentence) => {
    expect(describeSelection({ ...DEFAULT_FILTERS, ...patch }, shown)).toBe(sentence);
  });
});

describe('pageFilters', () => {
  it.each([
    ['/', ['year', 'kind', 'scope', 'basis', 'city', 'region', 'q']],
    ['/compare', ['year', 'kind', 'scope', 'basis', 'city', 'region', 'q']],
    ['/unit/650121-9308c713', ['year', 'kind', 'scope']],
    ['/findings', ['year', 'city', 'region', 'q']],
    ['/import', []],
    ['/source', []],
    ['/importer', ['year', 'kind', 'scope', 'basis', 'city', 'region', 'q']]
  ])('%s', (path, controls) => expect(pageFilters(path)).toEqual(controls));
});
