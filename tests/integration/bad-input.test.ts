/** Bad input gets a clear Chinese message naming the file, and no partial garbage. */
import { describe, expect, it } from 'vitest';
import { datasetOf, ingestText, seedText, SEEDS } from './pipeline';

const [URUMQI_SEED, URHO_SEED] = SEEDS as [string, string];

function encodeGbk(text: string): Uint8Array {
  // Node has no GBK encoder; build one from the decoder over the two-byte range (test-only, small).
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`not in GBK: ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

describe('refusals', () => {
  it.each([
    ['empty.txt', new Uint8Array(), '文件为空'],
    ['blank.txt', new TextEncoder().encode('\n \n\t\n'), '没有文字内容'],
    ['binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), '二进制'],
    [
      'poem.txt',
      new TextEncoder().encode('床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n'),
      '不像是部门/单位预算'
    ]
  ])('%s is refused by name', (file, bytes, reason) => {
    const result = ingestText(file, bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(file);
      expect(result.error.message).toContain(reason);
    }
  });
});

describe('damaged disclosures', () => {
  it('a GBK-encoded seed gives the same rows as the UTF-8 one', () => {
    const text = seedText(URUMQI_SEED);
    const utf8 = datasetOf([{ name: 'seed.txt', text }]);
    const gbk = datasetOf([{ name: 'seed.txt', text: encodeGbk(text) }]);
    // Only the document id (its SHA-256) differs: the bytes are not the same.
    const withoutDoc = <T extends { doc_id: string }>(rows: T[]) => rows.map(({ doc_id: _, ...row }) => row);
    expect(withoutDoc(gbk.lines)).toEqual(withoutDoc(utf8.lines));
    expect(withoutDoc(gbk.unit_summary)).toEqual(withoutDoc(utf8.unit_summary));
  });

  it('a UTF-8 seed with a BOM reads like one without', () => {
    const text = seedText(URHO_SEED);
    const plain = datasetOf([{ name: 'seed.txt', text }]);
    const bom = datasetOf([{ name: 'seed.txt', text: '\uFEFF' + text }]);
    expect(bom.lines.map(({ doc_id: _, ...row }) => row)).toEqual(plain.lines.map(({ doc_id: _, ...row }) => row));
  });

  it('a seed cut mid-table keeps what is there and reports the missing tables', () => {
    const text = seedText(URHO_SEED);
    const cut = text.slice(0, text.indexOf('301 13 住房公积金'));
    const dataset = datasetOf([{ name: 'cut.txt', text: cut }]);
    const statuses = Object.fromEntries(dataset.tables.map((table) => [table.table, table.status]));
    expect(statuses).toMatchObject({ t1: 'present', t5: 'present', t6: 'present', t7: 'missing', t10: 'missing' });
    // The rows read before the cut are kept with their figures.
    expect(dataset.lines.some((line) => line.table === 't6' && line.code === '30112' && line.amount === 810_000)).toBe(true);
    const missing = dataset.findings.filter((finding) => finding.rule_id === 'table-missing' && /表7/.test(finding.message));
    expect(missing.length).toBeGreaterThan(0);
  });

  it('a seed with a table removed yields a completeness finding naming it', () => {
    const text = seedText(URUMQI_SEED);
    const start = text.indexOf('表 10');
    const end = text.indexOf('第三部分');
    const dataset = datasetOf([{ name: 'no-t10.txt', text: text.slice(0, start) + text.slice(end) }]);
    expect(dataset.tables.find((table) => table.table === 't10')?.status).toBe('missing');
    expect(dataset.findings.some((finding) => finding.message.includes('三公') && /缺|未找到/.test(finding.message))).toBe(true);
  });
});
