import { describe, expect, it } from 'vitest';
import { bareName, classifyUnit, unitTypePatterns, UNIT_TYPES } from './peers';

describe('unit kinds by name', () => {
  it.each([
    ['江苏省高级人民法院', '法院/检察院', '行政'],
    ['江苏省人民检察院', '法院/检察院', '行政'],
    ['上海市普陀区长风新村街道办事处', '街道/乡镇', '行政'],
    ['乌鲁木齐县水西沟镇', '街道/乡镇', '行政'],
    ['乌鲁木齐县第一中学', '学校/教育', '事业'],
    ['普陀区曹杨新村第一幼儿园', '学校/教育', '事业'],
    ['普陀区人民医院', '医院/卫生', '事业'],
    ['长征镇社区卫生服务中心', '医院/卫生', '事业'],
    ['上海市普陀区财政局', '其他行政单位', '行政'],
    ['乌鲁木齐县人民政府办公室', '其他行政单位', '行政'],
    ['克拉玛依市乌尔禾区人民政府办公室（乌尔禾区信访局）', '其他行政单位', '行政'],
    ['江苏省政协办公厅', '其他行政单位', '行政'],
    ['普陀区档案馆', '其他事业单位', '事业'],
    ['普陀区卫生健康委员会', '其他行政单位', '行政'],
    ['某某有限公司', '其他', '其他']
  ])('%s → %s (%s)', (name, type, unitClass) => {
    expect(classifyUnit(name)).toMatchObject({ type, unitClass });
  });

  it('reads the name without a trailing note and gives the SQL the same table', () => {
    expect(bareName('乌尔禾区人民政府办公室（乌尔禾区信访局）')).toBe('乌尔禾区人民政府办公室');
    const lines = unitTypePatterns().split('\n');
    expect(lines).toHaveLength(UNIT_TYPES.length);
    expect(lines[0]!.split('\t')).toEqual([UNIT_TYPES[0]!.type, UNIT_TYPES[0]!.unitClass, '法院|检察院']);
    for (const rule of UNIT_TYPES) for (const suffix of rule.suffixes) expect(suffix).toMatch(/^[^\t\n|]+$/);
  });
});
