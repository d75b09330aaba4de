import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extract/text';
import { jiangsu12Family } from './index';

const CORPUS = existsSync('tests/corpus/text') ? 'tests/corpus' : '/work/shared/corpus';

describe('jiangsu12 identify', () => {
  it.each(['01_sh_putuo_finance_bureau_2025_dept_budget', '03_sh_putuo_justice_bureau_2026_unit_budget'])(
    'scores a Shanghai disclosure low: %s',
    (slug) => {
      const result = extractText(`${slug}.txt`, new Uint8Array(readFileSync(`${CORPUS}/text/${slug}.txt`)));
      if (!result.ok) throw new Error(result.error.message);
      expect(jiangsu12Family.identify(result.document)).toBeLessThan(0.5);
    }
  );

  it('keeps a table of contents out: the 05 narrative alone lists the tables but has none', () => {
    const slug = '05_js_cppcc_office_2017_dept_budget_part1_narrative';
    const result = extractText(`${slug}.txt`, new Uint8Array(readFileSync(`${CORPUS}/text/${slug}.txt`)));
    if (!result.ok) throw new Error(result.error.message);
    const { tables } = jiangsu12Family.parseTables(result.document);
    expect(tables.map((t) => t.status)).toEqual(new Array(12).fill('missing'));
  });
});
