import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../model/disclosure';
import { coreUnitName, unitId } from './ids';

describe('coreUnitName', () => {
  it.each([
    ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', ['新疆维吾尔自治区', '克拉玛依市', '乌尔禾区'], '人民政府办公室'],
    ['乌尔禾区人民政府办公室', ['新疆维吾尔自治区', '克拉玛依市', '乌尔禾区'], '人民政府办公室'],
    ['中共江苏省委办公厅', ['江苏省', null, null], '中共委办公厅'],
    ['上海市普陀区财政局', ['上海市', '上海市', '普陀区'], '财政局'],
    ['普陀区财政局', ['上海市', '上海市', '普陀区'], '财政局']
  ] as [string, (string | null)[], string][])('%s → %s', (name, prefixes, core) => {
    expect(coreUnitName(name, prefixes)).toBe(core);
  });
});

describe('unitId', () => {
  const disclosure = (name: string, sha: string): Disclosure =>
    ({ unit: { name, variants: [name], province: '上海市', city: '上海市', region: null, divisionCode: '310000' }, sourceSha256: sha }) as unknown as Disclosure;

  it('is the same for one unit across documents', () => {
    expect(unitId(disclosure('上海市普陀区财政局', 'a'.repeat(64)))).toBe(unitId(disclosure('上海市普陀区财政局', 'b'.repeat(64))));
  });

  it('keeps nameless documents apart', () => {
    expect(unitId(disclosure('', 'a'.repeat(64)))).toBe('310000-docaaaaaaaa');
    expect(unitId(disclosure('', 'a'.repeat(64)))).not.toBe(unitId(disclosure('', 'b'.repeat(64))));
  });
});
