import { editDistance, joinedText, lineSource } from '../lib/text';
import { defineRule, skip } from '../rule';

export const rule = defineRule({
  id: 'unit-name-variants',
  titleZh: '单位名称前后一致（报告与全称只差一两个字的写法，多为错别字）',
  severity: 'warning',
  check(d, emit) {
    const name = d.unit.name;
    if (!name || [...name].length < 6) return skip('未识别出单位全称');
    const length = [...name].length;
    const found = new Map<string, number[]>();
    const joined = joinedText(d);
    const anchor = name.slice(-4);
    const exactReachable = name.length <= length + 2;
    for (let at = joined.text.indexOf(anchor); at >= 0; at = joined.text.indexOf(anchor, at + 1)) {
      const end = at + anchor.length;
      // The full name itself (distance 0, when one of the lengths tried below reaches it) is no
      // variant: most mentions end here.
      if (exactReachable && end >= name.length && joined.text.startsWith(name, end - name.length)) continue;
      let best: { text: string; distance: number } | null = null;
      for (let len = length - 2; len <= length + 2; len++) {
        const candidate = joined.text.slice(Math.max(0, end - len), end);
        const distance = editDistance(candidate, name);
        if (!best || distance < best.distance) best = { text: candidate, distance };
      }
      if (best && best.distance >= 1 && best.distance <= 2) found.set(best.text, [...(found.get(best.text) ?? []), at]);
    }
    for (const variant of d.unit.variants) {
      if (variant !== name && !found.has(variant) && editDistance(variant, name) <= 2) found.set(variant, []);
    }
    for (const [variant, offsets] of found) {
      const lines = offsets.map((at) => joined.lineAt(at));
      const where = lines.length ? `（第 ${lines.map((l) => l.line).join('、')} 行）` : '';
      emit({
        message: `单位名称写作“${variant}”${where}，与全称“${name}”不一致`,
        expected: name, actual: variant, sources: lines.map((l) => lineSource(d, l))
      });
    }
  }
});
