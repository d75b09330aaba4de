import { defineRule, skip } from '../rule';

/** Sections a budget disclosure must carry (决算 uses the same headings for these). */
const REQUIRED: [string, RegExp][] = [
  ['主要职能', /主要职能|职能职责|部门职责/],
  ['机构设置', /机构设置/],
  ['收支预算总体说明', /收支(?:预算|决算)?(?:情况的?)?总体(?:情况)?说明|收支总体情况/],
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
    for (const [name, pattern] of REQUIRED) {
      if (pattern.test(text)) continue;
      emit({ message: `文件中没有找到“${name}”部分`, expected: name, actual: null, sources: [] });
    }
  }
});
