import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes commas and formula-like text', () => {
    const csv = toCsv([{ name: '甲,乙', amount: '370.29' }, { name: '=HYPERLINK(1)', amount: '-1.00' }], [
      { label: '单位', text: (r) => r.name },
      { label: '财政拨款（万元）', text: (r) => r.amount }
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['单位,财政拨款（万元）', '"甲,乙",370.29', '"=HYPERLINK(1)","-1.00"', '']);
  });
});
