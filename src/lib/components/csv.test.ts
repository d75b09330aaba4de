import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, quotes commas, neutralises formula-like text and keeps negative numbers as numbers', () => {
    const csv = toCsv(
      [
        { name: '甲,乙', amount: '370.29' },
        { name: '=HYPERLINK(1)', amount: '-1.00' },
        { name: '@SUM(A1),x', amount: '-1,234.50' },
        { name: '\t=1+1', amount: '+cmd|x' }
      ],
      [
        { label: '单位', text: (r) => r.name },
        { label: '财政拨款（万元）', text: (r) => r.amount }
      ]
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '单位,财政拨款（万元）',
      '"甲,乙",370.29',
      "'=HYPERLINK(1),-1.00",
      `"'@SUM(A1),x","-1,234.50"`,
      "'\t=1+1,'+cmd|x",
      ''
    ]);
  });
});
