import { defineRule, skip } from '../rule';

/**
 * Sections a budget disclosure must carry (决算 uses the same headings for these). Templates
 * name the overall explanation differently: 收支预算总体情况说明 (seed, Jiangsu 2018),
 * 收支预算总表情况说明 (Jiangsu 2017), 部门/单位预算编制说明 (Shanghai).
 */
const REQUIRED: [string, RegExp][] = [
  ['主要职能', /主要职能|职能职责|部门职责/],
  ['机构设置', /机构设置|(?:预算|决算)?单位构成/],
  ['收支预算总体说明', /收(?:入)?支(?:出)?(?:预算|决算)?(?:情况的?)?总体(?:情况)?说明|收支总体情况|收支(?:预算|决算)总表情况说明|(?:部门|单位)?预算编制说明/],
  ['“三公”经费说明', /["“”]?三公["“”]?\s*经费/],
  ['机关运行经费', /机关运行经费/],
  ['政府采购', /政府采购/],
  ['国有资产占用', /国有资产/],
  ['绩效目标', /绩效/],
  ['名词解释', /名词解释/]
];

export const rule = defineRule({
  id: 'required-sections',
  titleZh: '说明应包含主要职能、机构设置、收支总体说明、三公、机关运行经费、政府采购、国有资产、绩效、名词解释等部分',
  severity: 'warning',
  check(d, emit) {
    if (d.lines.length === 0) return skip('没有文字内容可供检查');
    const text = d.lines.map((l) => l.text).join('\n') + '\n' + d.sections.map((s) => s.title).join('\n');
    // Parts the document's template does not have (its family spec says so).
    const absent = new Set(d.absentSections);
    for (const [name, pattern] of REQUIRED) {
      if (absent.has(name) || pattern.test(text)) continue;
      emit({ message: `文件中没有找到“${name}”部分`, expected: name, actual: null, sources: [] });
    }
  }
});
