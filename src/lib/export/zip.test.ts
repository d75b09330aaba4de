import { describe, expect, it } from 'vitest';
import { readZipWithPython } from './testing/python-reader';
import { crc32, zipStored } from './zip';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926], // the standard check value
    ['The quick brown fox jumps over the lazy dog', 0x414fa339]
  ])('%j → %i', (text, expected) => {
    expect(crc32(utf8(text))).toBe(expected);
  });
});

describe('zipStored', () => {
  const entries = [
    { name: 'units.csv', bytes: utf8('\uFEFFunit_id,unit_name\nu,乌尔禾区\n') },
    { name: '说明/读我.txt', bytes: utf8('中文名的文件') },
    { name: 'empty.csv', bytes: new Uint8Array(0) }
  ];

  it('is read back by Python’s zipfile byte for byte, CRCs checked, names as UTF-8, stored, at the fixed date', () => {
    const read = readZipWithPython(zipStored(entries));
    expect(read.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    for (const [index, entry] of read.entries()) {
      expect(Buffer.from(entry.base64, 'base64').equals(Buffer.from(entries[index]!.bytes))).toBe(true);
      expect(entry.flags & 0x0800).toBe(0x0800);
      expect(entry.system).toBe(3); // Info-ZIP's unzip garbles UTF-8 names of entries made on MS-DOS
      expect(entry.compression).toBe(0);
      expect(entry.date_time).toEqual([1980, 1, 1, 0, 0, 0]);
    }
  });

  it('gives the same bytes for the same entries, whenever it runs', () => {
    const first = zipStored(entries);
    expect(zipStored(entries.map((entry) => ({ ...entry, bytes: entry.bytes.slice() })))).toEqual(first);
  });

  it('is refused by the reader when an entry’s bytes change after the CRC was written', () => {
    const zip = zipStored([{ name: 'a.txt', bytes: utf8('362.29') }]);
    zip[30 + 'a.txt'.length] = '4'.charCodeAt(0);
    expect(() => readZipWithPython(zip)).toThrow(/bad CRC: a\.txt/);
  });
});
