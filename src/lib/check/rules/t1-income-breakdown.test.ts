import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../extract/text';
import { parseDisclosure } from '../../parse';
import { seedFile } from '../testing/seed-text';
import { rule } from './t1-income-breakdown';

function run(seed: '000' | '001', edit?: (text: string) => string) {
  const path = seedFile(seed);
  const text = readFileSync(path, 'utf8');
  const extracted = extractText(path, new TextEncoder().encode(edit ? edit(text) : text));
  if (!extracted.ok) throw new Error(extracted.error.message);
  return rule.run(parseDisclosure(extracted.document, seed));
}

describe(rule.id, () => {
  it.each(['000', '001'] as const)('stays quiet on the real seed %s', (seed) => {
    const outcome = run(seed);
    expect(outcome.status).toBe('ran');
    expect(outcome.findings).toEqual([]);
  });

  it('fires when a “其中” figure no longer adds up to its parent', () => {
    const outcome = run('000', (text) => text.replace('其中：一般财力 362.29', '其中：一般财力 362.30'));
    expect(outcome.findings.map((f) => [f.expected, f.actual])).toEqual([['362.30', '362.29']]);
    expect(outcome.findings[0]!.message).toContain('一般财力');
  });

  it('fires on 上年结转结余 against its two parts', () => {
    const outcome = run('000', (text) => text.replace('1.财政拨款结转 3.00', '1.财政拨款结转 3.10'));
    expect(outcome.findings.some((f) => f.expected === '3.10' && f.actual === '3.00')).toBe(true);
  });
});
