/** A disclosure published as two files (corpus 05: narrative, then tables) is one document whose figures point at their own file. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestGroup } from '../../src/cli/ingest';
import { normalise } from '../../src/lib/normalise';

const corpus = join(__dirname, '..', 'corpus');
const PARTS = ['05_js_cppcc_office_2017_dept_budget_part1_narrative', '05_js_cppcc_office_2017_dept_budget_part2_tables'];

describe.each(['text', 'pdf'] as const)('corpus 05 joined from %s', (format) => {
  it('table figures cite the tables file, narrative figures the narrative file, each with its own line numbers', async () => {
    const extension = format === 'text' ? 'txt' : 'pdf';
    const result = await ingestGroup(PARTS.map((part) => join(corpus, format, `${part}.${extension}`)));
    if (!result.ok) throw new Error(result.message);
    const dataset = normalise([result.document]);
    const fileOf = (label: string) => label.slice(0, label.lastIndexOf(':'));
    const stated = dataset.lines.filter((line) => line.basis === 'stated');
    expect(new Set(stated.map((line) => fileOf(line.source_line)))).toEqual(new Set([`${PARTS[1]}.${extension}`]));
    const prior = dataset.lines.filter((line) => line.basis === 'prior');
    expect(prior.length).toBeGreaterThan(0);
    expect(new Set(prior.map((line) => fileOf(line.source_line)))).toEqual(new Set([`${PARTS[0]}.${extension}`]));
    // 表一's 收入总计 sits early in the tables file, not after the narrative's pages.
    const total = stated.find((line) => line.table === 't1' && line.code === 'income_total')!;
    expect(Number(total.source_line.split(':').pop())).toBeLessThan(80);
  });
});
