import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from './sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const node = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256 without crypto.subtle (plain-http intranets)', () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 1000])('%i bytes give what Node gives', (length) => {
    const bytes = new Uint8Array(length).map((_, index) => (index * 31 + 7) & 0xff);
    expect(hex(sha256(bytes))).toBe(node(bytes));
  });

  it('a seed document gives its CLI identity, whether subtle is there or not', async () => {
    const seed = new Uint8Array(readFileSync(new URL('../../../seeds/000_96d04baec0ec31c5.txt', import.meta.url)));
    expect(hex(sha256(seed))).toBe(node(seed));
    expect(await sha256Hex([seed.subarray(0, 100), seed.subarray(100)])).toBe(node(seed));
  });
});
