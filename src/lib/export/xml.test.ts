import { describe, expect, it } from 'vitest';
import { xmlText } from './xml';

describe('xmlText', () => {
  it.each([
    ['基本支出', '基本支出'],
    ['A&B <c> "d"', 'A&amp;B &lt;c&gt; &quot;d&quot;'],
    ['a\r\nb\tc', 'a&#13;\nb\tc'],
    ['nul\u0000bell\u0007', 'nul_x0000_bell_x0007_'],
    ['\uFFFE', '_xFFFE_'],
    ['_x0041_ stays', '_x005F_x0041_ stays'],
    ['_x12_ and x_0041_', '_x12_ and x_0041_']
  ])('%j → %j', (text, expected) => {
    expect(xmlText(text)).toBe(expected);
  });
});
